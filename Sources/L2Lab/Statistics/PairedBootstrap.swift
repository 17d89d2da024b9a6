/// A paired bootstrap confidence interval for the mean difference `a - b` of two systems
/// scored on the same items (`a[i]` and `b[i]` are the scores of item `i`).
///
/// The contract, so that a result can be reproduced exactly:
/// - the differences `d[i] = a[i] - b[i]` are formed first; the estimate is their mean,
///   summed in index order and divided by the count `n`;
/// - a ``Xoshiro256StarStar`` seeded with `seed` draws, for each of the `resamples` resamples
///   in turn, `n` indices one after another with `nextInt(below: n)` (with replacement); the
///   resample mean sums `d` at those indices in draw order and divides by `n`;
/// - the interval is the percentile interval: with `tail = (1 - confidenceLevel) / 2`, the
///   `tail` and `1 - tail` quantiles of the sorted resample means, interpolated linearly as
///   `numpy.percentile` does by default.
///
/// Identical systems give `[0, 0]`; a constant difference `c` gives `[c, c]` whenever
/// `a[i] - b[i]` and the sums of `c` are exact in floating point.
///
/// - Throws: ``MetricError`` when `a` is empty, the counts differ, a score is not finite,
///   `resamples < 1`, or `confidenceLevel` is not strictly between 0 and 1.
public func pairedBootstrap(a: [Double], b: [Double], resamples: Int = 1_000,
                            confidenceLevel: Double = 0.95, seed: UInt64) throws -> BootstrapInterval {
    try MetricError.requireSameCount("a", a.count, "b", b.count)
    let differences = zip(a, b).map { $0 - $1 }
    return try bootstrapMean(differences, resamples: resamples, confidenceLevel: confidenceLevel,
                             seed: seed)
}

/// A bootstrap percentile confidence interval for the mean of per-item `values`.
///
/// Resampling, summation order and quantiles are those of
/// ``pairedBootstrap(a:b:resamples:confidenceLevel:seed:)``, applied to `values` instead of
/// the differences: `pairedBootstrap(a: x, b: zeros, ...)` equals `bootstrapMean(x, ...)`.
///
/// - Throws: ``MetricError`` when `values` is empty, a value is not finite, `resamples < 1`,
///   or `confidenceLevel` is not strictly between 0 and 1.
public func bootstrapMean(_ values: [Double], resamples: Int = 1_000,
                          confidenceLevel: Double = 0.95, seed: UInt64) throws -> BootstrapInterval {
    try MetricError.requireNonEmpty("the bootstrap's item list", values)
    try requireBootstrapSettings(resamples: resamples, confidenceLevel: confidenceLevel)
    if let bad = values.firstIndex(where: { !$0.isFinite }) {
        throw MetricError.invalidParameter(name: "item \(bad)'s value", value: "\(values[bad])",
                                           requirement: "must be finite")
    }
    let count = values.count
    var generator = Xoshiro256StarStar(seed: seed)
    var means: [Double] = []
    means.reserveCapacity(resamples)
    for _ in 0..<resamples {
        var sum = 0.0
        for _ in 0..<count {
            sum += values[generator.nextInt(below: count)]
        }
        means.append(sum / Double(count))
    }
    means.sort()
    var sum = 0.0
    for value in values {
        sum += value
    }
    let tail = (1 - confidenceLevel) / 2
    return BootstrapInterval(estimate: sum / Double(count),
                             lower: BootstrapInterval.quantile(sorted: means, tail),
                             upper: BootstrapInterval.quantile(sorted: means, 1 - tail),
                             confidenceLevel: confidenceLevel, resampleCount: resamples)
}

/// Throws unless there is at least one resample and the confidence level lies strictly
/// between 0 and 1.
func requireBootstrapSettings(resamples: Int, confidenceLevel: Double) throws {
    try MetricError.require("the number of resamples", resamples, atLeast: 1)
    guard confidenceLevel > 0 && confidenceLevel < 1 else {
        throw MetricError.invalidParameter(name: "the confidence level", value: "\(confidenceLevel)",
                                           requirement: "must be strictly between 0 and 1")
    }
}
