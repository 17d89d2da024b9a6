import Foundation

/// The range and ticks of one chart axis, linear or logarithmic (base 10).
struct Axis {
    var logarithmic: Bool
    var low: Double
    var high: Double
    var ticks: [Double]

    init(values: [Double], logarithmic: Bool) {
        self.logarithmic = logarithmic
        let transformed = values.map { logarithmic ? log10($0) : $0 }
        var low = transformed.min() ?? 0
        var high = transformed.max() ?? 1
        if low == high { low -= 0.5; high += 0.5 }
        if logarithmic {
            // To the decades of the data and no further: a value a rounding error above a
            // power of ten (1000.0000000000002) does not add a decade.
            low = (low + 1e-9).rounded(.down)
            high = (high - 1e-9).rounded(.up)
            if low == high { low -= 1; high += 1 }
            let decades = Int(high - low)
            let step = max(1, decades / 8)
            ticks = stride(from: Int(low), through: Int(high), by: step).map { pow(10, Double($0)) }
        } else {
            let step = Axis.niceStep((high - low) / 5)
            low = (low / step).rounded(.down) * step
            high = (high / step).rounded(.up) * step
            let count = Int(((high - low) / step).rounded())
            ticks = (0...count).map { low + Double($0) * step }
        }
        self.low = low
        self.high = high
    }

    /// An axis from `range.lowerBound` to `range.upperBound` exactly, with ticks inside it.
    init(range: ClosedRange<Double>, logarithmic: Bool) {
        self.logarithmic = logarithmic
        low = logarithmic ? log10(range.lowerBound) : range.lowerBound
        high = logarithmic ? log10(range.upperBound) : range.upperBound
        if logarithmic {
            let first = Int(low.rounded(.up))
            let last = Int(high.rounded(.down))
            let step = max(1, (last - first) / 8)
            let decades = first <= last ? Array(stride(from: first, through: last, by: step)) : []
            ticks = decades.map { pow(10, Double($0)) }
        } else {
            let step = Axis.niceStep((high - low) / 5)
            let first = (low / step - 1e-9).rounded(.up)
            let last = (high / step + 1e-9).rounded(.down)
            ticks = first <= last ? (0...Int(last - first)).map { (first + Double($0)) * step } : []
        }
    }

    /// Where `value` lies between the axis ends, from 0 to 1.
    func fraction(_ value: Double) -> Double {
        let t = logarithmic ? log10(value) : value
        return (t - low) / (high - low)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let power = pow(10, log10(raw).rounded(.down))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= raw * 0.999 {
            return multiple * power
        }
        return 10 * power
    }

    /// A short label for a tick value, in the book's number style: "10⁻⁴" for a power of
    /// ten outside 0.001 to 10⁵, "1.5 × 10⁻⁴" for other such values, else up to four
    /// significant digits ("−0.25", "10,000").
    static func label(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5) {
            let exponent = Int(log10(magnitude).rounded())
            if abs(magnitude - pow(10, Double(exponent))) < 1e-9 * magnitude {
                return (value < 0 ? "\u{2212}" : "") + NumberText.powerOfTen(exponent)
            }
            return NumberText.format("%.1e", value)
        }
        if value == value.rounded() { return NumberText.format("%.0f", value) }
        return NumberText.format("%.4g", abs(value) < 1e-12 ? 0 : value)
    }
}
