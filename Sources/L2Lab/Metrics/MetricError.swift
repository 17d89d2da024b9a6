/// Why a metric or statistic cannot be computed from its input.
///
/// Thrown instead of trapping, so a cell reports the message. `description` is a full sentence.
public enum MetricError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input that needs at least one element is empty; the string names it.
    case empty(String)
    /// Two inputs that must pair up element by element have different lengths.
    case countMismatch(first: String, firstCount: Int, second: String, secondCount: Int)
    /// The BLEU segment at this index has no reference.
    case noReferences(segment: Int)
    /// A parameter is outside its allowed range: its name, its value, and what it must be.
    case invalidParameter(name: String, value: String, requirement: String)

    /// The message, e.g. "order is 0; it must be at least 1".
    public var description: String {
        switch self {
        case .empty(let what):
            return "\(what) is empty; it needs at least one element"
        case let .countMismatch(first, firstCount, second, secondCount):
            return "\(first) has \(firstCount) elements but \(second) has \(secondCount); "
                + "they must pair up"
        case .noReferences(let segment):
            return "BLEU segment \(segment) has no reference; every segment needs at least one"
        case let .invalidParameter(name, value, requirement):
            return "\(name) is \(value); it \(requirement)"
        }
    }

    /// Throws unless `value >= minimum`.
    static func require(_ name: String, _ value: Int, atLeast minimum: Int) throws {
        guard value >= minimum else {
            throw MetricError.invalidParameter(name: name, value: "\(value)",
                                               requirement: "must be at least \(minimum)")
        }
    }

    /// Throws unless `collection` has at least one element.
    static func requireNonEmpty<C: Collection>(_ name: String, _ collection: C) throws {
        guard !collection.isEmpty else { throw MetricError.empty(name) }
    }

    /// Throws unless the two counts are equal.
    static func requireSameCount(_ first: String, _ firstCount: Int,
                                 _ second: String, _ secondCount: Int) throws {
        guard firstCount == secondCount else {
            throw MetricError.countMismatch(first: first, firstCount: firstCount,
                                            second: second, secondCount: secondCount)
        }
    }
}
