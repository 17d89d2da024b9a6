/// The book's one number style, shared by the numbers a cell formats (Notebook's `Format`)
/// and those the engine writes itself (chart ticks, bar labels), so that a number reads the
/// same in a table and on an axis: the minus sign U+2212 (none when every digit is zero, as in
/// "-0.00"), thousands separators in an integer part of five digits or more, and
/// "1.2 × 10⁻⁷" (with no-break spaces) for scientific notation.
public enum NumberStyle {
    /// The minus sign, U+2212.
    public static let minus = "\u{2212}"

    /// `printed`, a number as C prints it ("-1.5e-07", "123456.7"), in the book's style; a
    /// text that is not such a number comes back unchanged.
    public static func styled(_ printed: String) -> String {
        var mantissa = Substring(printed)
        var exponent: Int?
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let power = Int(mantissa[mantissa.index(after: e)...]) else { return printed }
            exponent = power
            mantissa = mantissa[..<e]
        }
        let digits = mantissa.first == "-" ? mantissa.dropFirst() : mantissa
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            return printed
        }
        return styled(String(mantissa), exponent: exponent)
    }

    /// `mantissa` (C's digits, with an optional leading "-") times 10 to the power `exponent`
    /// when there is one, in the book's style.
    public static func styled(_ mantissa: String, exponent: Int?) -> String {
        var digits = Substring(mantissa)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
        let point = digits.firstIndex(of: ".") ?? digits.endIndex
        var integer = String(digits[..<point])
        if integer.count >= 5 {
            var separated = ""
            for (offset, digit) in integer.enumerated() {
                if offset > 0 && (integer.count - offset) % 3 == 0 { separated += "," }
                separated.append(digit)
            }
            integer = separated
        }
        var out = (negative && !isZero ? minus : "") + integer + digits[point...]
        if let exponent { out += "\u{A0}×\u{A0}" + powerOfTen(exponent) }
        return out
    }

    /// 10 to the power `exponent`, in superscript digits: "10⁻⁴".
    public static func powerOfTen(_ exponent: Int) -> String {
        "10" + superscript(exponent)
    }

    /// `exponent` in superscript digits, with the superscript minus: -7 gives "⁻⁷".
    public static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let magnitude = String(exponent.magnitude).map { digits[Int(String($0))!] }
        return (exponent < 0 ? "⁻" : "") + String(magnitude)
    }
}
