/// Distinct-n: the number of different n-grams divided by the number of n-grams.
///
/// Counted over all `texts` together (each a token sequence; n-grams do not cross texts),
/// as in Li et al. (2016). Tokens are compared by Unicode scalars (``TokenKey``), as Python's
/// set of tuples does. Returns 0 when the texts hold no n-gram of that order.
///
/// - Throws: ``MetricError`` when `order < 1`.
public func distinct(order: Int, texts: [[String]]) throws -> Double {
    try MetricError.require("distinct's order", order, atLeast: 1)
    var seen = Set<[TokenKey]>()
    var total = 0
    for text in texts {
        let keys = text.map { TokenKey($0) }
        for ngram in keys.ngrams(order: order) {
            seen.insert(ngram)
            total += 1
        }
    }
    return total == 0 ? 0 : Double(seen.count) / Double(total)
}
