/// A citation in prose, as Pandoc writes it: `[@key]`, `[@key, p. 7]`, `[see @a; @b]`,
/// `[-@key]` (year only) in parentheses, or `@key` in the running text.
struct Citation: Equatable {
    struct Item: Equatable {
        var key: String
        /// Text before the `@` ("see").
        var prefix = ""
        /// Text after the key's comma ("p. 7").
        var locator = ""
        /// `-@key`: the year alone.
        var yearOnly = false
    }

    var items: [Item]
    /// Written in brackets: shown in parentheses, "(Hoerl & Kennard, 1970)".
    var parenthetical: Bool
    var line: Int
    var column: Int
}

/// Finds citations in a run of prose text. Keys start with a letter, digit or `_` and go on
/// with those and `-:./+` when a letter or digit follows (so "@hoerl1970." ends before the
/// dot). An `@` after a letter or digit (an address) is text, and so is a bracket whose content
/// is not a list of citations.
enum CitationScanner {
    enum Piece: Equatable {
        case text(String, utf8Offset: Int)
        case citation([Citation.Item], parenthetical: Bool, utf8Offset: Int)
    }

    static func pieces(of text: String) -> [Piece] {
        MarkSplitter.split(text) { scalars, position -> (([Citation.Item], Bool), Int)? in
            if scalars[position] == "[", let (items, length) = bracketed(scalars, at: position) {
                return ((items, true), length)
            }
            if scalars[position] == "@", position == 0 || !isKeyScalar(scalars[position - 1]),
               let (key, end) = key(scalars, from: position + 1) {
                return (([Citation.Item(key: key)], false), end - position)
            }
            return nil
        }.map {
            switch $0 {
            case .text(let plain, let offset): return .text(plain, utf8Offset: offset)
            case .mark(let (items, parenthetical), let offset):
                return .citation(items, parenthetical: parenthetical, utf8Offset: offset)
            }
        }
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    /// The key that starts at `start`, and where it ends; nil for `fig:`, `tbl:`, `eq:` and `ch:`,
    /// which are references.
    private static func key(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        guard start < scalars.count, isKeyScalar(scalars[start]) else { return nil }
        for kind in CrossReference.Kind.allCases {
            let prefix = Array((kind.rawValue + ":").unicodeScalars)
            if start + prefix.count <= scalars.count,
               Array(scalars[start..<(start + prefix.count)]) == prefix {
                return nil
            }
        }
        var end = start + 1
        while end < scalars.count {
            if isKeyScalar(scalars[end]) {
                end += 1
            } else if "-:./+".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
                      isKeyScalar(scalars[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return (String(String.UnicodeScalarView(scalars[start..<end])), end)
    }

    /// `[item; item]` at `start`, each item `prefix @key, locator` or `-@key`.
    private static func bracketed(_ scalars: [Unicode.Scalar], at start: Int) -> ([Citation.Item], Int)? {
        guard let close = scalars[start...].firstIndex(of: "]") else { return nil }
        let inner = String(String.UnicodeScalarView(scalars[(start + 1)..<close]))
        guard inner.contains("@"), !inner.contains("[") else { return nil }
        var items: [Citation.Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let item = Array(part.unicodeScalars)
            guard let at = item.firstIndex(of: "@"), at == 0 || !isKeyScalar(item[at - 1]),
                  let (key, end) = key(item, from: at + 1) else { return nil }
            var prefix = String(String(String.UnicodeScalarView(item[..<at])).trimmingSpaces())
            let yearOnly = prefix.hasSuffix("-")
            if yearOnly { prefix = String(prefix.dropLast().trimmingSpaces()) }
            var rest = String(String(String.UnicodeScalarView(item[end...])).trimmingSpaces())
            if rest.hasPrefix(",") {
                rest = String(rest.dropFirst().trimmingSpaces())
            } else if !rest.isEmpty {
                return nil
            }
            items.append(Citation.Item(key: key, prefix: prefix, locator: rest, yearOnly: yearOnly))
        }
        return (items, close + 1 - start)
    }
}
