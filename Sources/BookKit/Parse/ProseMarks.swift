/// What the text runs of a chapter's prose hold besides text: inline values `{{ … }}`,
/// references `@fig:…`/`@tbl:…`, footnote references `[^name]`, citations and spans of another
/// language `[text]{lang=zh}`, each made a node of its own in its run, in reading order.
struct ProseMarks {
    var inlineValues: [InlineValue] = []
    var references: [CrossReference] = []
    var footnotes: [FootnoteReference] = []
    var citations: [Citation] = []
    /// The new content of each run that held one, by run index.
    var rewrittenRuns: [Int: [Inline]] = [:]

    init(_ runs: [TextRun], path: String) throws {
        for (runIndex, run) in runs.enumerated()
        where run.text.contains("{{") || run.text.contains("@") || run.text.contains("[^")
            || run.text.contains("\\eqref") || run.text.contains("]{lang=") {
            var rewritten: [Inline] = []
            for piece in LanguageSpanScanner.pieces(of: run.text) {
                switch piece {
                case let .text(text, offset):
                    rewritten += try marks(in: text, line: run.line, column: run.column + offset, path: path)
                case let .mark(span, offset):
                    // The span's text starts after its "[" (one byte).
                    let inner = try marks(in: span.text, line: run.line, column: run.column + offset + 1,
                                          path: path)
                    rewritten.append(.language(span.language, inner))
                }
            }
            rewrittenRuns[runIndex] = rewritten
        }
    }

    /// `text` with its inline values, footnote references, citations and references made
    /// nodes; `column` is where `text` starts on `line`.
    private mutating func marks(in text: String, line: Int, column: Int, path: String) throws -> [Inline] {
        let location = SourceLocation(path: path, line: line, column: column)
        var rewritten: [Inline] = []
        for piece in try InlineValueScanner.pieces(of: text, at: location) {
            switch piece {
            case let .text(text, textOffset):
                for part in FootnoteScanner.pieces(of: text) {
                    switch part {
                    case let .text(plain, offset):
                        rewritten += citations(in: plain, line: line, column: column + textOffset + offset)
                    case let .reference(name, offset):
                        rewritten.append(.footnote(footnotes.count))
                        footnotes.append(FootnoteReference(name: name, line: line,
                                                           column: column + textOffset + offset))
                    }
                }
            case let .value(expression, offset):
                rewritten.append(.value(inlineValues.count))
                inlineValues.append(InlineValue(index: inlineValues.count, expression: expression,
                                                line: line, column: column + offset))
            }
        }
        return rewritten
    }

    /// `text` with its citations and references made nodes; `column` is where `text` starts.
    private mutating func citations(in text: String, line: Int, column: Int) -> [Inline] {
        var rewritten: [Inline] = []
        for part in CitationScanner.pieces(of: text) {
            switch part {
            case let .text(plain, offset):
                rewritten += crossReferences(in: plain, line: line, column: column + offset)
            case let .citation(items, parenthetical, offset):
                rewritten.append(.citation(citations.count))
                citations.append(Citation(items: items, parenthetical: parenthetical, line: line,
                                          column: column + offset))
            }
        }
        return rewritten
    }

    /// `text` with its references made nodes; `column` is where `text` starts.
    private mutating func crossReferences(in text: String, line: Int, column: Int) -> [Inline] {
        var rewritten: [Inline] = []
        for part in CrossReferenceScanner.pieces(of: text) {
            switch part {
            case .text(let plain):
                rewritten.append(.text(plain, line: line, column: column))
            case let .reference(target, offset):
                rewritten.append(.reference(references.count))
                references.append(CrossReference(
                    index: references.count, kind: target.kind, label: target.label, line: line,
                    column: column + offset, chapter: target.chapter, isBareNumber: target.isBareNumber
                ))
            }
        }
        return rewritten
    }
}
