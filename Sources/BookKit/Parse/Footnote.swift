/// A footnote's definition, `[^name]: text` at the start of a line (GFM syntax). Its text is
/// the rest of that paragraph: the line and the lines that follow it up to a blank line.
struct FootnoteDefinition: Equatable {
    var name: String
    var line: Int
}

/// A `[^name]` in prose.
struct FootnoteReference: Equatable {
    var name: String
    var line: Int
    var column: Int
}

/// Finds footnote definitions in the lines of a chapter before cmark parses it, and footnote
/// references in its text runs after.
enum FootnoteScanner {
    /// Replaces the `[^name]:` that starts a definition line by a `footnotedefinition` token of
    /// `marks`, so that cmark keeps the text as a paragraph (instead of reading a one-word
    /// definition as a link reference definition). Lines in `codeLines` are left alone.
    static func protect(
        _ lines: inout [String], codeLines: Set<Int>, marks: SourceMarks, path: String
    ) throws -> [FootnoteDefinition] {
        var definitions: [FootnoteDefinition] = []
        for row in lines.indices where !codeLines.contains(row + 1) && lines[row].hasPrefix("[^") {
            let scalars = Array(lines[row].unicodeScalars)
            guard let (name, length) = label(in: scalars, at: 0), length < scalars.count,
                  scalars[length] == ":" else { continue }
            if let first = definitions.first(where: { $0.name == name }) {
                throw BookError(.input, at: SourceLocation(path: path, line: row + 1, column: 1),
                                "the footnote '\(name)' is defined twice (first on line \(first.line))",
                                hint: "give each footnote its own name")
            }
            let text = String(String.UnicodeScalarView(scalars[(length + 1)...])).trimmingSpaces()
            lines[row] = marks.token("footnotedefinition", definitions.count) + " " + text
            definitions.append(FootnoteDefinition(name: name, line: row + 1))
        }
        return definitions
    }

    /// A piece of a text run: plain text, or a footnote reference.
    enum Piece: Equatable {
        case text(String, utf8Offset: Int)
        case reference(name: String, utf8Offset: Int)
    }

    /// Splits `text` into plain text and `[^name]` references.
    static func pieces(of text: String) -> [Piece] {
        MarkSplitter.split(text) { scalars, position in label(in: scalars, at: position) }.map {
            switch $0 {
            case .text(let plain, let offset): return .text(plain, utf8Offset: offset)
            case .mark(let name, let offset): return .reference(name: name, utf8Offset: offset)
            }
        }
    }

    /// `[^name]` at `position`: the name (no spaces, no brackets) and the length in scalars.
    private static func label(in scalars: [Unicode.Scalar], at position: Int) -> (String, Int)? {
        guard position + 3 < scalars.count, scalars[position] == "[", scalars[position + 1] == "^" else {
            return nil
        }
        var end = position + 2
        while end < scalars.count, scalars[end] != "]" {
            if scalars[end] == "[" || scalars[end].properties.isWhitespace { return nil }
            end += 1
        }
        guard end < scalars.count, end > position + 2 else { return nil }
        return (String(String.UnicodeScalarView(scalars[(position + 2)..<end])), end + 1 - position)
    }
}

/// The footnotes of one chapter: numbered in the order of their first reference, and listed at
/// the end of the page with links back to each reference.
struct Footnotes {
    var definitions: [FootnoteDefinition]
    var references: [FootnoteReference]
    /// The number of each footnote, by name.
    private(set) var numbers: [String: Int] = [:]
    /// Definitions in number order.
    private(set) var ordered: [Int] = []

    /// Numbers the footnotes; throws at a reference without definition or a definition that is
    /// never referenced.
    init(definitions: [FootnoteDefinition], references: [FootnoteReference], path: String) throws {
        self.definitions = definitions
        self.references = references
        for reference in references where numbers[reference.name] == nil {
            guard let index = definitions.firstIndex(where: { $0.name == reference.name }) else {
                let known = definitions.map(\.name)
                throw BookError(
                    .input, at: SourceLocation(path: path, line: reference.line, column: reference.column),
                    "the footnote '\(reference.name)' is never defined",
                    hint: known.isEmpty
                        ? "add a line '[^\(reference.name)]: text' after the paragraph"
                        : "the footnotes of this chapter are: " + known.joined(separator: ", ")
                )
            }
            ordered.append(index)
            numbers[reference.name] = ordered.count
        }
        if let unused = definitions.first(where: { numbers[$0.name] == nil }) {
            throw BookError(.input, at: SourceLocation(path: path, line: unused.line, column: 1),
                            "the footnote '\(unused.name)' is never referenced",
                            hint: "refer to it with [^\(unused.name)] in the text, or remove it")
        }
    }
}
