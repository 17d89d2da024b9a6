/// A point estimate with a bootstrap percentile confidence interval.
public struct BootstrapInterval: Equatable, Sendable {
    /// The statistic on the original items (a mean, or a mean difference).
    public var estimate: Double
    /// The lower end of the interval.
    public var lower: Double
    /// The upper end of the interval.
    public var upper: Double
    /// The confidence level, e.g. 0.95.
    public var confidenceLevel: Double
    /// How many resamples the interval was computed from.
    public var resampleCount: Int

    /// Creates an interval from its parts.
    public init(estimate: Double, lower: Double, upper: Double, confidenceLevel: Double,
                resampleCount: Int) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidenceLevel = confidenceLevel
        self.resampleCount = resampleCount
    }

    /// Whether 0 lies outside the closed interval `[lower, upper]`: for a paired difference,
    /// whether the two systems differ detectably at this confidence level.
    public var excludesZero: Bool { lower > 0 || upper < 0 }

    /// Whether `value` lies in the closed interval `[lower, upper]`.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// The `fraction`-quantile of ascending `sorted` values by linear interpolation between
    /// order statistics (numpy.percentile's default): with `h = (count - 1) * fraction`,
    /// `sorted[⌊h⌋] + (h - ⌊h⌋) * (sorted[⌊h⌋ + 1] - sorted[⌊h⌋])`.
    static func quantile(sorted: [Double], _ fraction: Double) -> Double {
        let position = Double(sorted.count - 1) * fraction
        let below = Int(position.rounded(.down))
        guard below + 1 < sorted.count else { return sorted[below] }
        return sorted[below] + (position - Double(below)) * (sorted[below + 1] - sorted[below])
    }
}
