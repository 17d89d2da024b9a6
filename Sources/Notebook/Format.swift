#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import NotebookChannel

/// Number formatting for prose and tables. Every function gives the same text for the same
/// value on every run; rounding is C's `printf` rounding of the binary value.
public enum Format {
    /// `digits` significant digits, trailing zeros removed; plain notation for magnitudes
    /// from 1e-4 up to 1e6, scientific (`1.235e-05`, `1e-07`) outside. This is how a `Double` appears
    /// by default: `significant(x, digits: 4)`.
    public static func significant(_ value: Double, digits: Int) -> String {
        precondition(digits >= 1, "significant digits must be at least 1")
        if let special = nonFinite(value) { return special }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e6 else {
            let text = printf("%.*e", digits - 1, value)
            let exponent = text.firstIndex(of: "e")!
            return trimmingZeros(String(text[..<exponent])) + text[exponent...]
        }
        let decimals = max(0, digits - 1 - decimalExponent(of: magnitude))
        return trimmingZeros(printf("%.*f", decimals, value))
    }

    /// Exactly `decimals` digits after the decimal point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        nonFinite(value) ?? printf("%.*f", max(0, decimals), value)
    }

    /// A fraction as a percentage with `decimals` digits after the point: 0.1234 gives "12.3%".
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        nonFinite(fraction) ?? printf("%.*f%%", max(0, decimals), fraction * 100)
    }

    /// Scientific notation with `digits` significant digits: "1.23e+04".
    public static func scientific(_ value: Double, digits: Int = 3) -> String {
        nonFinite(value) ?? printf("%.*e", max(0, digits - 1), value)
    }

    /// An integer with thousands separated by commas: 139123 gives "139,123".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    // MARK: - Helpers

    private static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-∞" : "∞" }
        return nil
    }

    /// floor(log10(x)) for x > 0, by comparison with exact powers of ten (no libm).
    private static func decimalExponent(of magnitude: Double) -> Int {
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

/// A number in scientific notation: `scientific(12345)` is "1.23e+04".
public func scientific(_ value: Double, _ digits: Int = 3) -> Formatted {
    Formatted(text: Format.scientific(value, digits: digits), json: JSON.number(value))
}

/// An integer with thousands separators: `grouped(139123)` is "139,123".
public func grouped(_ value: Int) -> Formatted {
    Formatted(text: Format.grouped(value), json: String(value))
}
