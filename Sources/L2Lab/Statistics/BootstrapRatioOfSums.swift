/// A bootstrap percentile confidence interval for a ratio of sums, `Σ numerators / Σ denominators`,
/// resampling whole items (clusters) with replacement.
///
/// This is the interval to use when a score pools units of unequal size: a perplexity pools the
/// tokens of many conversations, and tokens of one conversation are not independent, so the
/// conversations are resampled, each carrying its summed log-loss (`numerators[i]`) and its
/// token count (`denominators[i]`). For two models on the same conversations, pass the per-item
/// differences of summed log-losses as numerators: the statistic is then the log of the ratio of
/// their perplexities.
///
/// The resampling contract is that of ``bootstrapMean(_:resamples:confidenceLevel:seed:)``: a
/// ``Xoshiro256StarStar`` seeded with `seed` draws, for each resample in turn, `n` indices one
/// after another with `nextInt(below: n)`; both sums run in draw order; the interval is the
/// percentile interval with `numpy.percentile`'s linear interpolation.
///
/// - Throws: ``MetricError`` when the lists are empty or differ in length, a value is not finite,
///   a denominator is not positive, `resamples < 1`, or `confidenceLevel` is not strictly between
///   0 and 1.
public func bootstrapRatioOfSums(numerators: [Double], denominators: [Double], resamples: Int = 1_000,
                                 confidenceLevel: Double = 0.95, seed: UInt64) throws -> BootstrapInterval {
    try MetricError.requireSameCount("numerators", numerators.count, "denominators", denominators.count)
    try MetricError.requireNonEmpty("the bootstrap's item list", numerators)
    try requireBootstrapSettings(resamples: resamples, confidenceLevel: confidenceLevel)
    if let bad = numerators.firstIndex(where: { !$0.isFinite }) {
        throw MetricError.invalidParameter(name: "item \(bad)'s numerator", value: "\(numerators[bad])",
                                           requirement: "must be finite")
    }
    if let bad = denominators.firstIndex(where: { !($0 > 0) || !$0.isFinite }) {
        throw MetricError.invalidParameter(name: "item \(bad)'s denominator", value: "\(denominators[bad])",
                                           requirement: "must be positive and finite")
    }
    let count = numerators.count
    var generator = Xoshiro256StarStar(seed: seed)
    var ratios: [Double] = []
    ratios.reserveCapacity(resamples)
    for _ in 0..<resamples {
        var top = 0.0
        var bottom = 0.0
        for _ in 0..<count {
            let index = generator.nextInt(below: count)
            top += numerators[index]
            bottom += denominators[index]
        }
        ratios.append(top / bottom)
    }
    ratios.sort()
    var top = 0.0
    var bottom = 0.0
    for index in 0..<count {
        top += numerators[index]
        bottom += denominators[index]
    }
    let tail = (1 - confidenceLevel) / 2
    return BootstrapInterval(estimate: top / bottom,
                             lower: BootstrapInterval.quantile(sorted: ratios, tail),
                             upper: BootstrapInterval.quantile(sorted: ratios, 1 - tail),
                             confidenceLevel: confidenceLevel, resampleCount: resamples)
}
