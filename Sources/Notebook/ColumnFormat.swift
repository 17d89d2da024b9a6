/// How one column of a `Table` shows its numbers: the `Double`, `Float` and `Int` cells of the
/// column all get the same format, so that the column has one precision. Cells that are text,
/// or already formatted (`fixed(x, 2)`, `percent(p)`), keep their text.
public enum ColumnFormat: Equatable {
    /// One format chosen from the column's numbers (the default): integers when every number
    /// is whole; fixed decimals when the numbers lie within three decades (four significant
    /// digits on the largest, fewer when every number ends in zeros there: 0.5 and −1.2 give
    /// "0.5" and "−1.2"); three significant digits, zeros kept, over a wider range; and
    /// scientific notation when a number is below 10⁻⁴ or from 10⁶ on.
    case automatic
    /// This many digits after the decimal point.
    case fixed(Int)
    /// This many significant digits, trailing zeros kept.
    case significant(Int)
    /// Fractions as percentages with this many decimals.
    case percent(Int)
    /// Scientific notation with this many significant digits.
    case scientific(Int)
    /// Whole numbers (rounded), grouped from 10,000.
    case integer

    /// The text of each of `values` in this format.
    func texts(_ values: [Double]) -> [String] {
        switch self {
        case .automatic: return ColumnFormat.choosing(for: values).texts(values)
        case .fixed(let decimals): return values.map { Format.fixed($0, decimals: decimals) }
        case .significant(let digits):
            return values.map { Format.significant($0, digits: max(1, digits), keepingZeros: true) }
        case .percent(let decimals): return values.map { Format.percent($0, decimals: decimals) }
        case .scientific(let digits): return values.map { Format.scientific($0, digits: digits) }
        case .integer: return values.map { Format.fixed($0, decimals: 0) }
        }
    }

    /// The format `automatic` picks for `values`.
    static func choosing(for values: [Double]) -> ColumnFormat {
        let finite = values.filter(\.isFinite)
        if finite.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) { return .integer }
        let exponents = finite.filter { $0 != 0 }.map { Format.decimalExponent(of: abs($0)) }
        guard let high = exponents.max(), let low = exponents.min() else { return .integer }
        if low < -4 || high >= 6 { return .scientific(3) }
        if high - low <= 2 {
            var decimals = max(0, 3 - high)
            while decimals > 0, finite.allSatisfy({ Format.fixed($0, decimals: decimals).hasSuffix("0") }) {
                decimals -= 1
            }
            return .fixed(decimals)
        }
        return .significant(3)
    }
}
