import Foundation

/// Helpers for writing HTML text.
enum HTML {
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
    static func fragmentLink(_ anchor: String) -> String {
        "#" + escape(anchor.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? anchor)
    }

    /// Escaped text in which runs of Chinese, Japanese or Korean characters are marked with
    /// `lang`, so that browsers pick a suitable font for them.
    static func escapeMarkingLanguages(_ text: String) -> String {
        var out = ""
        var run = ""
        func flush() {
            if !run.isEmpty { out += "<span lang=\"zh\">" + escape(run) + "</span>" }
            run = ""
        }
        for character in text {
            if character.unicodeScalars.contains(where: isHan) {
                run.append(character)
            } else {
                flush()
                out += escape(String(character))
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
