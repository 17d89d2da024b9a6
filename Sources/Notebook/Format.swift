#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import NotebookChannel

/// Number formatting for prose and tables, in the book's one number style: the minus sign
/// U+2212 for negative numbers, thousands separators (commas) from 10,000 on, and scientific
/// notation written as "1.2 × 10⁻⁷" with no-break spaces around the ×, so that no number wraps.
/// Every function gives the same text for the same value on every run; rounding is C's
/// `printf` rounding of the binary value.
public enum Format {
    /// The minus sign, U+2212.
    public static let minus = NumberStyle.minus

    /// `digits` significant digits, trailing zeros removed; plain notation for magnitudes
    /// from 1e-4 up to 1e6, scientific (`1.235 × 10⁻⁵`, `1 × 10⁻⁷`) outside. This is how a
    /// `Double` appears by default: `significant(x, digits: 4)`.
    public static func significant(_ value: Double, digits: Int) -> String {
        significant(value, digits: digits, keepingZeros: false)
    }

    /// `digits` significant digits; with `keepingZeros` trailing zeros stay ("0.100" for three
    /// digits), so that numbers of one table column show the same precision.
    static func significant(_ value: Double, digits: Int, keepingZeros: Bool) -> String {
        precondition(digits >= 1, "significant digits must be at least 1")
        if let special = nonFinite(value) { return special }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        let trim: (String) -> String = { keepingZeros ? $0 : trimmingZeros($0) }
        guard magnitude >= 1e-4, magnitude < 1e6 else {
            let text = printf("%.*e", digits - 1, value)
            let exponent = text.firstIndex(of: "e")!
            let power = Int(text[text.index(after: exponent)...])!
            return NumberStyle.styled(trim(String(text[..<exponent])), exponent: power)
        }
        let decimals = max(0, digits - 1 - decimalExponent(of: magnitude))
        return NumberStyle.styled(trim(printf("%.*f", decimals, value)))
    }

    /// Exactly `decimals` digits after the decimal point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        nonFinite(value) ?? NumberStyle.styled(printf("%.*f", max(0, decimals), value))
    }

    /// A fraction as a percentage with `decimals` digits after the point: 0.1234 gives "12.3%".
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        nonFinite(fraction) ?? NumberStyle.styled(printf("%.*f", max(0, decimals), fraction * 100)) + "%"
    }

    /// Scientific notation with `digits` significant digits: "1.23 × 10⁴".
    public static func scientific(_ value: Double, digits: Int = 3) -> String {
        if let special = nonFinite(value) { return special }
        let text = printf("%.*e", max(0, digits - 1), value)
        let exponent = text.firstIndex(of: "e")!
        let power = Int(text[text.index(after: exponent)...])!
        return NumberStyle.styled(String(text[..<exponent]), exponent: power)
    }

    /// An integer, with thousands separated by commas from 10,000 on: 139123 gives
    /// "139,123", 2000 gives "2000" (a table column groups it when it holds larger numbers).
    public static func grouped(_ value: Int) -> String {
        NumberStyle.styled(String(value))
    }

    /// `text` with every integer of four digits written with a separator ("2000" becomes
    /// "2,000"), for a table column in which larger numbers are grouped. Digits after a
    /// decimal point, or joined to letters, are left alone.
    static func groupingFourDigitNumbers(in text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                out.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            let run = String(characters[index..<end])
            let before = index > 0 ? characters[index - 1] : " "
            let after = end < characters.count ? characters[end] : " "
            let standsAlone = !before.isLetter && before != "." && before != ","
                && !after.isLetter && after != ","
            out += run.count == 4 && standsAlone ? run.prefix(1) + "," + run.dropFirst() : run
            index = end
        }
        return out
    }

    /// Whether `text` holds a number written with a thousands separator ("12,345").
    static func containsGroupedNumber(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.contains { index in
            characters[index] == "," && index > 0 && characters[index - 1].isASCIIDigit
                && index + 3 < characters.count
                && characters[(index + 1)...(index + 3)].allSatisfy(\.isASCIIDigit)
                && (index + 4 == characters.count || !characters[index + 4].isASCIIDigit)
        }
    }

    // MARK: - Helpers

    private static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? minus + "∞" : "∞" }
        return nil
    }

    /// floor(log10(x)) for x > 0, by comparison with exact powers of ten (no libm).
    static func decimalExponent(of magnitude: Double) -> Int {
        var exponent = 0
        var power = 1.0
        while magnitude >= power * 10 { power *= 10; exponent += 1 }
        while magnitude < power { power /= 10; exponent -= 1 }
        return exponent
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed.removeLast() }
        if trimmed.last == "." { trimmed.removeLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }

    private static func printf(_ format: String, _ arguments: CVarArg...) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 64)
            let count = Int(vsnprintf(&buffer, buffer.count, format, list))
            precondition(count < buffer.count, "formatted number longer than 63 characters")
            return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// `value` with `decimals` digits after the decimal point, for prose and tables.
public func fixed(_ value: Double, _ decimals: Int) -> Formatted {
    Formatted(text: Format.fixed(value, decimals: decimals), json: JSON.number(value))
}

/// `value` with `digits` significant digits.
public func significant(_ value: Double, _ digits: Int) -> Formatted {
    Formatted(text: Format.significant(value, digits: digits), json: JSON.number(value))
}

/// A fraction shown as a percentage: `percent(0.1234)` is "12.3%".
public func percent(_ fraction: Double, _ decimals: Int = 1) -> Formatted {
    Formatted(text: Format.percent(fraction, decimals: decimals), json: JSON.number(fraction))
}

/// A number in scientific notation: `scientific(12345)` is "1.23 × 10⁴".
public func scientific(_ value: Double, _ digits: Int = 3) -> Formatted {
    Formatted(text: Format.scientific(value, digits: digits), json: JSON.number(value))
}

/// An integer with thousands separators from 10,000 on: `grouped(139123)` is "139,123".
public func grouped(_ value: Int) -> Formatted {
    Formatted(text: Format.grouped(value), json: String(value))
}
