/// Reads `chapters/references.bib`: entries `@type{key, field = {…} or "…" or 1970, …}` of the
/// types Zotero and Google Scholar export. `@comment` and `@preamble` are skipped; anything
/// else that is not an entry is a mistake at its line.
enum BibTeXParser {
    static let types: Set<String> = [
        "article", "inproceedings", "conference", "incollection", "book", "misc", "online",
        "techreport", "phdthesis", "mastersthesis",
    ]

    static func parse(_ text: String, path: String) throws -> [BibEntry] {
        var reader = Reader(characters: Array(text.replacingOccurrences(of: "\r\n", with: "\n")), path: path)
        var entries: [BibEntry] = []
        while reader.skip(to: "@") {
            let line = reader.line
            reader.index += 1
            let type = reader.word().lowercased()
            if type == "comment" || type == "preamble" {
                reader.skipSpaces()
                if reader.peek() == "{" || reader.peek() == "(" { _ = try reader.braced(from: line) }
                continue
            }
            guard types.contains(type) else {
                let message = type.isEmpty ? "'@' without an entry type" : "unknown entry type '@\(type)'"
                throw reader.error(message, at: line,
                                   hint: "the types are: " + types.sorted().joined(separator: ", "))
            }
            reader.skipSpaces()
            guard reader.peek() == "{" || reader.peek() == "(" else {
                throw reader.error("expected '{' after '@\(type)'", at: reader.line)
            }
            reader.index += 1
            reader.skipSpaces()
            let key = reader.word(extra: "-_:./+")
            reader.skipSpaces()
            guard !key.isEmpty, reader.peek() == "," else {
                throw reader.error("the entry has no key (write @\(type){key, …})", at: line)
            }
            reader.index += 1
            if let first = entries.first(where: { $0.key == key }) {
                throw reader.error("the key '\(key)' is already used by the entry of line \(first.line)",
                                   at: line)
            }
            var fields: [String: String] = [:]
            while true {
                reader.skipSpaces()
                guard let next = reader.peek() else {
                    throw reader.error("this entry is never closed", at: line)
                }
                if next == "}" || next == ")" { reader.index += 1; break }
                let fieldLine = reader.line
                let name = reader.word(extra: "-_").lowercased()
                reader.skipSpaces()
                guard !name.isEmpty, reader.peek() == "=" else {
                    throw reader.error("expected a field such as 'title = {…}' in the entry '\(key)'",
                                       at: fieldLine)
                }
                reader.index += 1
                reader.skipSpaces()
                let raw: String
                switch reader.peek() {
                case "{": raw = try reader.braced(from: fieldLine)
                case "\"": raw = try reader.quoted(from: fieldLine)
                default:
                    raw = reader.word()
                    guard raw.allSatisfy(\.isNumber), !raw.isEmpty else {
                        throw reader.error("the value of '\(name)' must be in braces or quotes",
                                           at: fieldLine)
                    }
                }
                fields[name] = name == "author" || name == "editor" ? raw : BibTeXText.plain(raw)
                reader.skipSpaces()
                guard reader.peek() != nil else { throw reader.error("this entry is never closed", at: line) }
                if reader.peek() == "," { reader.index += 1; continue }
                guard reader.peek() == "}" || reader.peek() == ")" else {
                    throw reader.error("expected ',' or '}' after the field '\(name)' of '\(key)'",
                                       at: reader.line)
                }
            }
            guard fields["title"] != nil else {
                throw reader.error("the entry '\(key)' has no title", at: line)
            }
            guard fields["year"] != nil || fields["date"] != nil else {
                throw reader.error("the entry '\(key)' has no year (or date)", at: line)
            }
            entries.append(BibEntry(type: type, key: key, fields: fields, line: line))
        }
        return entries
    }

    private struct Reader {
        var characters: [Character]
        var path: String
        var index = 0

        /// The 1-based line of `index`.
        var line: Int { characters[..<min(index, characters.count)].filter { $0 == "\n" }.count + 1 }

        func peek() -> Character? { index < characters.count ? characters[index] : nil }

        mutating func skip(to character: Character) -> Bool {
            while index < characters.count, characters[index] != character { index += 1 }
            return index < characters.count
        }

        mutating func skipSpaces() {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }

        mutating func word(extra: String = "") -> String {
            var out = ""
            while let next = peek(), next.isLetter || next.isNumber || extra.contains(next) {
                out.append(next)
                index += 1
            }
            return out
        }

        /// The text inside the `{…}` (or `(…)`) at `index`, nested braces kept.
        mutating func braced(from line: Int) throws -> String {
            let close: Character = characters[index] == "(" ? ")" : "}"
            index += 1
            var depth = 0
            var out = ""
            while let next = peek() {
                index += 1
                if next == "{" { depth += 1 }
                if next == "}" && depth > 0 { depth -= 1 } else if next == close && depth == 0 { return out }
                out.append(next)
            }
            throw error("a '{' is never closed", at: line)
        }

        /// The text inside the `"…"` at `index` (a `"` inside braces does not close it).
        mutating func quoted(from line: Int) throws -> String {
            index += 1
            var depth = 0
            var out = ""
            while let next = peek() {
                index += 1
                if next == "{" { depth += 1 }
                if next == "}" { depth -= 1 }
                if next == "\"", depth == 0 { return out }
                out.append(next)
            }
            throw error("a '\"' is never closed", at: line)
        }

        func error(_ message: String, at line: Int, hint: String? = nil) -> BookError {
            BookError(.input, at: SourceLocation(path: path, line: line, column: 1), message, hint: hint)
        }
    }
}
