import Foundation

/// A fragment of HTML, escaped by construction: interpolating a `String` into an `HTML` literal
/// escapes it, interpolating `HTML` passes it through, and text becomes HTML unescaped only
/// through `HTML(unsafe:)`, which a reviewer can search for.
///
///     let title = "Bias & variance"
///     let heading: HTML = "<h2>\(title)</h2>"   // <h2>Bias &amp; variance</h2>
struct HTML: Equatable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The HTML text.
    private(set) var text: String

    /// `text` taken as HTML as it is: only for text that is HTML already (cmark's output, a
    /// trusted template) or made of characters that need no escaping.
    init(unsafe text: String) { self.text = text }

    /// The empty fragment.
    init() { text = "" }

    /// A literal is written by the programmer, so it is HTML as it stands.
    init(stringLiteral literal: String) { text = literal }

    init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    /// `fragments` one after another, with `separator` between them.
    init<Fragments: Sequence<HTML>>(joining fragments: Fragments, separator: HTML = HTML()) {
        text = fragments.map(\.text).joined(separator: separator.text)
    }

    var description: String { text }

    /// The HTML's bytes in UTF-8, to write a page to a file.
    var data: Data { Data(text.utf8) }

    var isEmpty: Bool { text.isEmpty }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(unsafe: lhs.text + rhs.text) }

    static func += (lhs: inout HTML, rhs: HTML) { lhs.text += rhs.text }

    /// Builds a literal: its literal parts pass through, interpolated strings are escaped.
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }

        /// Text, escaped.
        mutating func appendInterpolation<Text: StringProtocol>(_ value: Text) {
            text += HTML.escape(String(value))
        }

        /// HTML, as it is.
        mutating func appendInterpolation(_ value: HTML) { text += value.text }

        /// HTML when there is some, nothing otherwise.
        mutating func appendInterpolation(_ value: HTML?) { text += value?.text ?? "" }

        /// A whole number in decimal digits.
        mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }
}

extension HTML {
    /// `text` with `& < > " '` escaped, safe in element content and in quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A link to the element of this page whose id is `anchor`, with letters outside ASCII
    /// percent-encoded ("#%E6%9D%83"), as validators expect; browsers decode it to the id.
    static func fragmentLink(_ anchor: String) -> HTML {
        "#\(anchor.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? anchor)"
    }

    /// `text`, escaped, with runs of Chinese, Japanese or Korean characters marked with `lang`,
    /// so that browsers pick a suitable font for them.
    static func markingLanguages(_ text: String) -> HTML {
        var out = HTML()
        var run = ""
        func flush() {
            if !run.isEmpty { out += "<span lang=\"zh\">\(run)</span>" }
            run = ""
        }
        for character in text {
            if character.unicodeScalars.contains(where: isHan) {
                run.append(character)
            } else {
                flush()
                out += "\(String(character))"
            }
        }
        flush()
        return out
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }
}

extension HTML {
    /// `text` escaped as cmark escapes Markdown text: `&`, `<`, `>` and `"`, with apostrophes
    /// left as they are, so that rendered Markdown keeps cmark's bytes.
    init(markdownText text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        self.init(unsafe: String(decoding: bytes, as: UTF8.self))
    }

    /// `url` as cmark writes a link's destination in an attribute: bytes outside letters,
    /// digits and ``-_.+!*(),%#@?=;:/$~`` percent-encoded, `&` and `'` as character references.
    init(markdownURL url: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if Self.isSafeInURL(byte) {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                bytes += Array("&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                bytes += Array("&#x27;".utf8)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        self.init(unsafe: String(decoding: bytes, as: UTF8.self))
    }

    private static func isSafeInURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
