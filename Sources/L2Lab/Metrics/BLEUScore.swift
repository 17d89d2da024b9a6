#if canImport(Glibc)
import Glibc
#endif

/// A BLEU score with the statistics it was computed from, as `sacrebleu.BLEUScore`.
public struct BLEUScore: Equatable, Sendable {
    /// BLEU on sacrebleu's 0–100 scale.
    public var score: Double
    /// The n-gram precisions (orders 1 to 4) in percent, after 'exp' smoothing; 0 for an
    /// order the hypothesis is too short to have.
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

extension BLEUScore {
    /// sacrebleu's `BLEU.compute_bleu` with 'exp' smoothing: the k-th order without matches
    /// gets precision `100 / (2^k * total)`. Without `effectiveOrder` the geometric mean runs
    /// over all orders (an order without n-grams makes the score 0); with it, over the orders
    /// up to the last one the hypothesis has n-grams of.
    init(matchCounts: [Int], totalCounts: [Int], systemLength: Int, referenceLength: Int,
         effectiveOrder: Bool) {
        var brevityPenalty = 1.0
        if systemLength < referenceLength {
            brevityPenalty = systemLength > 0
                ? exp(1 - Double(referenceLength) / Double(systemLength)) : 0
        }
        var precisions = [Double](repeating: 0, count: matchCounts.count)
        self.init(score: 0, precisions: precisions, brevityPenalty: brevityPenalty,
                  systemLength: systemLength, referenceLength: referenceLength,
                  matchCounts: matchCounts, totalCounts: totalCounts)
        guard matchCounts.contains(where: { $0 != 0 }) else { return }
        var smoothing = 1.0
        var usedOrders = precisions.count
        for order in precisions.indices {
            guard totalCounts[order] > 0 else { break }
            if effectiveOrder {
                usedOrders = order + 1
            }
            if matchCounts[order] == 0 {
                smoothing *= 2
                precisions[order] = 100 / (smoothing * Double(totalCounts[order]))
            } else {
                precisions[order] = 100 * Double(matchCounts[order]) / Double(totalCounts[order])
            }
        }
        var logSum = 0.0
        for precision in precisions.prefix(usedOrders) {
            // sacrebleu's `my_log` floors log(0) at -9999999999, which makes the score 0.
            logSum += precision == 0 ? -9_999_999_999 : log(precision)
        }
        self.precisions = precisions
        score = brevityPenalty * exp(logSum / Double(usedOrders))
    }
}
