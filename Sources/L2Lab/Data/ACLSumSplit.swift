/// A split of ACLSum, stored as `aclsum/<split>.jsonl`: 100 training, 50 validation and 100 test
/// documents.
public enum ACLSumSplit: String, CaseIterable, Sendable {
    case train
    case val
    case test

    /// The split's file name inside the `aclsum` folder.
    public var fileName: String {
        "\(rawValue).jsonl"
    }
}
