import Foundation

/// The text of BibTeX fields as Zotero and Google Scholar write them: `{\"u}`-style accents
/// and special letters to Unicode, `--` to an en dash, `~` to a no-break space, braces removed;
/// and `and`-separated names.
enum BibTeXText {
    /// A person's name: family name and given names ("Hoerl", "Arthur E.").
    struct Name: Equatable {
        var family: String
        var given: String

        /// "Hoerl, A. E." as an APA-like list writes it.
        var listed: String {
            let initials = given.split(separator: " ").map { word -> String in
                word.split(separator: "-").compactMap(\.first).map { "\($0)." }.joined(separator: "-")
            }.joined(separator: " ")
            return initials.isEmpty ? family : family + ", " + initials
        }
    }

    private static let combining: [Character: Unicode.Scalar] = [
        "\"": "\u{308}", "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}", "r": "\u{30A}",
        "k": "\u{328}",
    ]
    private static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ",
        "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    ]

    /// `raw` as plain text.
    static func plain(_ raw: String) -> String {
        let characters = Array(raw)
        var out = ""
        var index = 0
        func letter(at position: Int) -> (String, Int) {
            // The letter an accent applies to: `u`, `{u}`, `{\i}`, or ` u` after a word accent.
            var position = position
            while position < characters.count, characters[position] == " " { position += 1 }
            guard position < characters.count else { return ("", position) }
            if characters[position] == "{" {
                var end = position + 1
                var inner = ""
                while end < characters.count, characters[end] != "}" {
                    inner.append(characters[end])
                    end += 1
                }
                return (plain(inner), min(end + 1, characters.count))
            }
            if characters[position] == "\\" {
                var end = position + 1
                var name = ""
                while end < characters.count, characters[end].isLetter {
                    name.append(characters[end])
                    end += 1
                }
                return (letters[name] ?? name, end)
            }
            return (String(characters[position]), position + 1)
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "{", "}":
                index += 1
            case "~":
                out.append("\u{A0}")
                index += 1
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                let triple = index + 2 < characters.count && characters[index + 2] == "-"
                out += triple ? "—" : "–"
                index += triple ? 3 : 2
            case "\\" where index + 1 < characters.count:
                var end = index + 1
                var name = ""
                while end < characters.count, characters[end].isLetter {
                    name.append(characters[end])
                    end += 1
                }
                let next = characters[index + 1]
                if let mark = combining[next], name.isEmpty || name.count == 1 && letters[name] == nil {
                    // \"u, \'{e}, \c{c}, \v s
                    let (base, after) = letter(at: index + 2)
                    out += (base + String(Character(mark))).precomposedStringWithCanonicalMapping
                    index = after
                } else if name.isEmpty {
                    out.append(next)  // \& \% \$ \_ \# \{ \}
                    index += 2
                } else {
                    if let special = letters[name] {
                        out += special
                        if end < characters.count, characters[end] == " " { end += 1 }
                    }
                    index = end  // \emph{x}, \textit{x}: the argument's braces are dropped next
                }
            default:
                out.append(character)
                index += 1
            }
        }
        // Precomposed (NFC), so that {\'e} reads and compares as the é a reader would type.
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            .precomposedStringWithCanonicalMapping
    }

    /// The names of an `author` field, split at `and` outside braces; "Last, First" or
    /// "First Last" (a braced group is one word). `others` is left out.
    static func names(_ field: String) -> [Name] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        let words = field.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        for word in words {
            if depth == 0, word == "and" {
                parts.append(current)
                current = ""
                continue
            }
            depth += word.filter { $0 == "{" }.count - word.filter { $0 == "}" }.count
            current += (current.isEmpty ? "" : " ") + word
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty && $0 != "others" }.map { part in
            if let comma = topLevelComma(part) {
                return Name(family: plain(String(part[..<comma])),
                            given: plain(String(part[part.index(after: comma)...])))
            }
            var depth = 0
            var lastSpace: String.Index?
            for index in part.indices {
                if part[index] == "{" { depth += 1 }
                if part[index] == "}" { depth -= 1 }
                if part[index] == " ", depth == 0 { lastSpace = index }
            }
            guard let lastSpace else { return Name(family: plain(part), given: "") }
            return Name(family: plain(String(part[part.index(after: lastSpace)...])),
                        given: plain(String(part[..<lastSpace])))
        }
    }

    private static func topLevelComma(_ text: String) -> String.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "{": depth += 1
            case "}": depth -= 1
            case "," where depth == 0: return index
            default: break
            }
        }
        return nil
    }
}
