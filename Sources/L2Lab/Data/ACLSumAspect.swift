/// An aspect of a paper that ACLSum summarizes and highlights.
public enum ACLSumAspect: String, CaseIterable, Codable, Sendable {
    /// The problem the paper addresses.
    case challenge
    /// How the paper addresses it.
    case approach
    /// What the paper finds.
    case outcome
}

/// One value per aspect, such as its summary or its highlight labels.
public struct ACLSumAspects<Value> {
    /// The challenge's value.
    public var challenge: Value
    /// The approach's value.
    public var approach: Value
    /// The outcome's value.
    public var outcome: Value

    /// Creates the values of the three aspects.
    public init(challenge: Value, approach: Value, outcome: Value) {
        self.challenge = challenge
        self.approach = approach
        self.outcome = outcome
    }

    /// The value of `aspect`.
    public subscript(aspect: ACLSumAspect) -> Value {
        switch aspect {
        case .challenge: return challenge
        case .approach: return approach
        case .outcome: return outcome
        }
    }

    /// Applies `transform` to each aspect's value, passing the aspect.
    public func map<T>(_ transform: (ACLSumAspect, Value) throws -> T) rethrows -> ACLSumAspects<T> {
        ACLSumAspects<T>(
            challenge: try transform(.challenge, challenge),
            approach: try transform(.approach, approach),
            outcome: try transform(.outcome, outcome)
        )
    }
}

extension ACLSumAspects: Equatable where Value: Equatable {}
extension ACLSumAspects: Sendable where Value: Sendable {}
extension ACLSumAspects: Decodable where Value: Decodable {}
