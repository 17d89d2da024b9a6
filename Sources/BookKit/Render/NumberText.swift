import Foundation

/// Numbers the engine writes itself (chart ticks, bar labels, the values of data points), in
/// the style of the book's prose and tables (Notebook's `Format`): the minus sign U+2212,
/// thousands separators from 10,000, and "1.2 × 10⁻⁵" for scientific notation.
enum NumberText {
    /// `value` printed by C's `format` (one `%e`, `%f` or `%g` conversion), in the book's style.
    static func format(_ format: String, _ value: Double) -> String {
        styled(String(format: format, value))
    }

    /// 10 to the power `exponent`: "10⁻⁴".
    static func powerOfTen(_ exponent: Int) -> String {
        "10" + superscript(exponent)
    }

    /// A number as C prints it ("-1.5e-07", "123456.7") in the book's style.
    static func styled(_ printed: String) -> String {
        var text = Substring(printed)
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exponent: Int?
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...])
            text = text[..<e]
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return printed }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        var integer = String(text[..<point])
        if integer.count >= 5 {
            var separated = ""
            for (offset, digit) in integer.enumerated() {
                if offset > 0 && (integer.count - offset) % 3 == 0 { separated += "," }
                separated.append(digit)
            }
            integer = separated
        }
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
        var out = (negative && !isZero ? "\u{2212}" : "") + integer + text[point...]
        if let exponent { out += "\u{A0}×\u{A0}" + powerOfTen(exponent) }
        return out
    }

    private static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let magnitude = String(exponent.magnitude).map { digits[Int(String($0))!] }
        return (exponent < 0 ? "⁻" : "") + String(magnitude)
    }
}
