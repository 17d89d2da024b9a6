/// A gradient that is zero except at a few indices, as produced by one sparse example.
public struct SparseGradient: Equatable, Sendable {
    /// The indices of the non-zero entries, strictly increasing.
    public var indices: [Int]
    /// The entries at `indices`.
    public var values: [Double]

    /// Creates a sparse gradient. - Precondition: equal counts, strictly increasing indices.
    public init(indices: [Int], values: [Double]) {
        precondition(indices.count == values.count, "indices and values must have equal counts")
        precondition(zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 }, "indices must increase")
        self.indices = indices
        self.values = values
    }
}
