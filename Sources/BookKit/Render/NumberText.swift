import Foundation
import NotebookChannel

/// Numbers the engine writes itself (chart ticks, bar labels, the values of data points), in
/// the book's `NumberStyle`, the one of the prose and tables.
enum NumberText {
    /// `value` printed by C's `format` (one `%e`, `%f` or `%g` conversion), in the book's style.
    static func format(_ format: String, _ value: Double) -> String {
        NumberStyle.styled(String(format: format, value))
    }

    /// 10 to the power `exponent`: "10⁻⁴".
    static func powerOfTen(_ exponent: Int) -> String {
        NumberStyle.powerOfTen(exponent)
    }
}
