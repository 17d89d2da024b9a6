extension Array {
    /// The contiguous runs of `order` elements, in order of their start; empty when too short.
    ///
    /// `["a", "b", "c"].ngrams(order: 2)` is `[["a", "b"], ["b", "c"]]`.
    public func ngrams(order: Int) -> [[Element]] {
        precondition(order > 0, "n-gram order must be positive")
        guard count >= order else { return [] }
        return (0...(count - order)).map { Array(self[$0..<($0 + order)]) }
    }
}

extension Array where Element: Hashable {
    /// How often each n-gram of the given order occurs.
    ///
    /// A dictionary: callers that print or sum floating-point values over it must sort its keys.
    /// Arrays of `String` use the overload keyed by ``TokenKey`` instead.
    public func ngramCounts(order: Int) -> [[Element]: Int] {
        var counts: [[Element]: Int] = [:]
        for ngram in ngrams(order: order) {
            counts[ngram, default: 0] += 1
        }
        return counts
    }
}

extension Array where Element == String {
    /// How often each n-gram of the given order occurs, tokens compared by Unicode scalars.
    ///
    /// Keyed by ``TokenKey`` so that canonically equivalent but differently encoded tokens
    /// (composed and decomposed `é`) are different n-grams, as in sacreBLEU and rouge-score.
    public func ngramCounts(order: Int) -> [[TokenKey]: Int] {
        map { TokenKey($0) }.ngramCounts(order: order)
    }
}
