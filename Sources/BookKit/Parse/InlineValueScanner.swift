/// Finds `{{ expression }}` in a run of prose text.
enum InlineValueScanner {
    /// A piece of a text run: plain text, or an inline value's expression.
    enum Piece: Equatable {
        case text(String, utf8Offset: Int)
        case value(expression: String, utf8Offset: Int)
    }

    /// Splits `text` into plain text and expressions. An expression must close on the same
    /// run of text as it opens: a line break or Markdown markup ends the run.
    static func pieces(of text: String, at location: SourceLocation) throws -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let offset = text.utf8.distance(from: text.startIndex, to: open.lowerBound)
            if open.lowerBound > rest.startIndex {
                let start = text.utf8.distance(from: text.startIndex, to: rest.startIndex)
                pieces.append(.text(String(rest[..<open.lowerBound]), utf8Offset: start))
            }
            let afterOpen = rest[open.upperBound...]
            let openLocation = SourceLocation(path: location.path, line: location.line,
                                              column: location.column + offset)
            guard let close = afterOpen.range(of: "}}") else {
                throw BookError(
                    .input, at: openLocation, "'{{' without a closing '}}'",
                    hint: "an inline value must sit on one line with no Markdown markup inside;"
                        + " compute anything longer in a cell and show its name"
                )
            }
            let raw = afterOpen[..<close.lowerBound]
            let expression = raw.trimmingCharacters(in: " \t")
            guard !expression.isEmpty else {
                throw BookError(.input, at: openLocation, "empty inline value '{{ }}'",
                                hint: "put a Swift expression between the braces")
            }
            let leading = raw.prefix { $0 == " " || $0 == "\t" }.utf8.count
            pieces.append(.value(expression: expression, utf8Offset: offset + 2 + leading))
            rest = afterOpen[close.upperBound...]
        }
        if !rest.isEmpty {
            pieces.append(.text(String(rest), utf8Offset: text.utf8.distance(from: text.startIndex, to: rest.startIndex)))
        }
        return pieces
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        var copy = self
        while let first = copy.first, characters.contains(first) { copy.removeFirst() }
        while let last = copy.last, characters.contains(last) { copy.removeLast() }
        return String(copy)
    }
}
