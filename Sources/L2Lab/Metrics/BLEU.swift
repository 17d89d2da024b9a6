#if canImport(Glibc)
import Glibc
#endif

/// A corpus BLEU score with the statistics it was computed from, as `sacrebleu.BLEUScore`.
public struct BLEUScore: Equatable, Sendable {
    /// BLEU on sacrebleu's 0–100 scale.
    public var score: Double
    /// The n-gram precisions (orders 1 to 4) in percent, after 'exp' smoothing.
    public var precisions: [Double]
    /// The brevity penalty, `exp(1 - referenceLength / systemLength)` when the system is shorter.
    public var brevityPenalty: Double
    /// Total number of hypothesis tokens (`sys_len`).
    public var systemLength: Int
    /// Total of the reference lengths closest to each hypothesis length (`ref_len`).
    public var referenceLength: Int
    /// Clipped n-gram matches per order (`counts`).
    public var matchCounts: [Int]
    /// Hypothesis n-grams per order (`totals`).
    public var totalCounts: [Int]
}

/// Corpus BLEU as `sacrebleu.corpus_bleu` computes it with its defaults.
///
/// Defaults are `13a` tokenization, case kept, n-grams up to order 4, 'exp' smoothing
/// (the k-th order without matches gets precision `100 / (2^k * total)`), no effective order.
/// `references[i]` holds all references of hypothesis `i` (at least one each); note that
/// sacrebleu takes the transpose, one list per reference stream. With several references,
/// n-gram counts are clipped by the maximum count over references and the reference length
/// is the one closest to the hypothesis length (the shorter one on a tie).
public func corpusBLEU(hypotheses: [String], references: [[String]]) -> BLEUScore {
    precondition(hypotheses.count == references.count, "need one reference list per hypothesis")
    let maxOrder = 4
    let tokenizer = Tokenizer13a()
    var matchCounts = [Int](repeating: 0, count: maxOrder)
    var totalCounts = [Int](repeating: 0, count: maxOrder)
    var systemLength = 0
    var referenceLength = 0
    for (hypothesis, segmentReferences) in zip(hypotheses, references) {
        precondition(!segmentReferences.isEmpty, "every hypothesis needs a reference")
        let hypothesisTokens = tokenizer.tokenize(hypothesis)
        let referenceTokens = segmentReferences.map(tokenizer.tokenize)
        systemLength += hypothesisTokens.count
        referenceLength += closestLength(to: hypothesisTokens.count, among: referenceTokens.map(\.count))
        for order in 1...maxOrder {
            var maxReferenceCounts: [[String]: Int] = [:]
            for tokens in referenceTokens {
                maxReferenceCounts.merge(tokens.ngramCounts(order: order), uniquingKeysWith: max)
            }
            // Integer sums: the order of iteration cannot change them.
            for (ngram, count) in hypothesisTokens.ngramCounts(order: order) {
                totalCounts[order - 1] += count
                matchCounts[order - 1] += min(count, maxReferenceCounts[ngram] ?? 0)
            }
        }
    }
    return bleu(matchCounts: matchCounts, totalCounts: totalCounts,
                systemLength: systemLength, referenceLength: referenceLength)
}

/// Corpus BLEU with one reference per hypothesis; see ``corpusBLEU(hypotheses:references:)``.
public func corpusBLEU(hypotheses: [String], references: [String]) -> BLEUScore {
    corpusBLEU(hypotheses: hypotheses, references: references.map { [$0] })
}

/// sacrebleu's `_get_closest_ref_len`: the closest length, the shorter one on a tie.
private func closestLength(to length: Int, among lengths: [Int]) -> Int {
    var closest = lengths[0]
    for candidate in lengths.dropFirst() {
        let difference = abs(length - candidate)
        let closestDifference = abs(length - closest)
        if difference < closestDifference || (difference == closestDifference && candidate < closest) {
            closest = candidate
        }
    }
    return closest
}

/// sacrebleu's `compute_bleu` with 'exp' smoothing and no effective order.
private func bleu(matchCounts: [Int], totalCounts: [Int],
                  systemLength: Int, referenceLength: Int) -> BLEUScore {
    var brevityPenalty = 1.0
    if systemLength < referenceLength {
        brevityPenalty = systemLength > 0 ? exp(1 - Double(referenceLength) / Double(systemLength)) : 0
    }
    var precisions = [Double](repeating: 0, count: matchCounts.count)
    var result = BLEUScore(score: 0, precisions: precisions, brevityPenalty: brevityPenalty,
                           systemLength: systemLength, referenceLength: referenceLength,
                           matchCounts: matchCounts, totalCounts: totalCounts)
    guard matchCounts.contains(where: { $0 != 0 }) else { return result }
    var smoothing = 1.0
    for order in precisions.indices {
        guard totalCounts[order] > 0 else { break }
        if matchCounts[order] == 0 {
            smoothing *= 2
            precisions[order] = 100 / (smoothing * Double(totalCounts[order]))
        } else {
            precisions[order] = 100 * Double(matchCounts[order]) / Double(totalCounts[order])
        }
    }
    var logSum = 0.0
    for precision in precisions {
        // sacrebleu's `my_log` floors log(0) at -9999999999, which makes the score 0.
        logSum += precision == 0 ? -9_999_999_999 : log(precision)
    }
    result.precisions = precisions
    result.score = brevityPenalty * exp(logSum / Double(precisions.count))
    return result
}
