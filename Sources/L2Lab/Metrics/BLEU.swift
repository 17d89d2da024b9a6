/// Corpus BLEU as `sacrebleu.corpus_bleu` computes it with its defaults.
///
/// Defaults are `13a` tokenization, case kept, n-grams up to order 4, 'exp' smoothing
/// (the k-th order without matches gets precision `100 / (2^k * total)`), no effective order.
/// Each segment pairs a hypothesis with its references. With several references, n-gram
/// counts are clipped by the maximum count over references and the reference length is the
/// one closest to the hypothesis length (the shorter one on a tie). Tokens are compared by
/// Unicode scalars (``TokenKey``), as in Python.
///
/// - Throws: ``MetricError`` when there is no segment or a segment has no reference.
public func corpusBLEU(_ segments: [BLEUSegment]) throws -> BLEUScore {
    try MetricError.requireNonEmpty("corpusBLEU's segment list", segments)
    var statistics = BLEUStatistics()
    for (index, segment) in segments.enumerated() {
        statistics.add(try BLEUStatistics(segment, index: index))
    }
    return statistics.score(effectiveOrder: false)
}

/// Sentence BLEU as `sacrebleu.sentence_bleu(hypothesis, references)` computes it with its
/// defaults: as ``corpusBLEU(_:)`` on one segment, but with effective order, so the geometric
/// mean runs only over the orders up to the longest n-gram the hypothesis has (a three-token
/// hypothesis is scored on orders 1 to 3). Orders with n-grams but no match are 'exp'-smoothed.
///
/// - Throws: ``MetricError/noReferences(segment:)`` when `references` is empty.
public func sentenceBLEU(hypothesis: String, references: [String]) throws -> BLEUScore {
    let segment = BLEUSegment(hypothesis: hypothesis, references: references)
    return try BLEUStatistics(segment, index: 0).score(effectiveOrder: true)
}

/// The sufficient statistics of BLEU, summed over segments (all integers, so the order of
/// summation cannot change them).
struct BLEUStatistics {
    static let maxOrder = 4
    var matchCounts = [Int](repeating: 0, count: maxOrder)
    var totalCounts = [Int](repeating: 0, count: maxOrder)
    var systemLength = 0
    var referenceLength = 0

    init() {}

    /// sacrebleu's `_extract_corpus_statistics` for one segment.
    init(_ segment: BLEUSegment, index: Int) throws {
        guard !segment.references.isEmpty else { throw MetricError.noReferences(segment: index) }
        let tokenizer = Tokenizer13a()
        let hypothesisTokens = tokenizer.tokenize(segment.hypothesis)
        let referenceTokens = segment.references.map(tokenizer.tokenize)
        systemLength = hypothesisTokens.count
        referenceLength = BLEUStatistics.closestLength(to: hypothesisTokens.count,
                                                       among: referenceTokens.map(\.count))
        for order in 1...BLEUStatistics.maxOrder {
            var maxReferenceCounts: [[TokenKey]: Int] = [:]
            for tokens in referenceTokens {
                maxReferenceCounts.merge(tokens.ngramCounts(order: order), uniquingKeysWith: max)
            }
            for (ngram, count) in hypothesisTokens.ngramCounts(order: order) {
                totalCounts[order - 1] += count
                matchCounts[order - 1] += min(count, maxReferenceCounts[ngram] ?? 0)
            }
        }
    }

    mutating func add(_ other: BLEUStatistics) {
        for order in matchCounts.indices {
            matchCounts[order] += other.matchCounts[order]
            totalCounts[order] += other.totalCounts[order]
        }
        systemLength += other.systemLength
        referenceLength += other.referenceLength
    }

    func score(effectiveOrder: Bool) -> BLEUScore {
        BLEUScore(matchCounts: matchCounts, totalCounts: totalCounts, systemLength: systemLength,
                  referenceLength: referenceLength, effectiveOrder: effectiveOrder)
    }

    /// sacrebleu's `_get_closest_ref_len`: the closest length, the shorter one on a tie.
    private static func closestLength(to length: Int, among lengths: [Int]) -> Int {
        var closest = lengths[0]
        for candidate in lengths.dropFirst() {
            let difference = abs(length - candidate)
            let closestDifference = abs(length - closest)
            if difference < closestDifference
                || (difference == closestDifference && candidate < closest) {
                closest = candidate
            }
        }
        return closest
    }
}
