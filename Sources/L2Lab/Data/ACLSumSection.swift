/// A section of an ACLSum paper whose sentences the corpus keeps.
public enum ACLSumSection: String, CaseIterable, Sendable {
    case abstract
    case introduction
    case conclusion
}

/// One value per section of a paper, such as its sentences or one aspect's highlight labels.
public struct ACLSumSections<Value> {
    /// The abstract's value.
    public var abstract: Value
    /// The introduction's value.
    public var introduction: Value
    /// The conclusion's value.
    public var conclusion: Value

    /// Creates the values of the three sections.
    public init(abstract: Value, introduction: Value, conclusion: Value) {
        self.abstract = abstract
        self.introduction = introduction
        self.conclusion = conclusion
    }

    /// The value of `section`.
    public subscript(section: ACLSumSection) -> Value {
        switch section {
        case .abstract: return abstract
        case .introduction: return introduction
        case .conclusion: return conclusion
        }
    }

    /// The values in section order: abstract, introduction, conclusion.
    public var inOrder: [Value] {
        [abstract, introduction, conclusion]
    }

    /// Applies `transform` to each section's value, passing the section.
    public func map<T>(_ transform: (ACLSumSection, Value) throws -> T) rethrows -> ACLSumSections<T> {
        ACLSumSections<T>(
            abstract: try transform(.abstract, abstract),
            introduction: try transform(.introduction, introduction),
            conclusion: try transform(.conclusion, conclusion)
        )
    }
}

extension ACLSumSections: Equatable where Value: Equatable {}
extension ACLSumSections: Sendable where Value: Sendable {}
extension ACLSumSections: Decodable where Value: Decodable {}
