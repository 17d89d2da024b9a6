/// Distinct-n: the number of different n-grams divided by the number of n-grams.
///
/// Counted over all `texts` together (each a token sequence; n-grams do not cross texts),
/// as in Li et al. (2016). Returns 0 when the texts hold no n-gram of that order.
public func distinct(order: Int, texts: [[String]]) -> Double {
    var seen = Set<[String]>()
    var total = 0
    for text in texts {
        for ngram in text.ngrams(order: order) {
            seen.insert(ngram)
            total += 1
        }
    }
    return total == 0 ? 0 : Double(seen.count) / Double(total)
}
