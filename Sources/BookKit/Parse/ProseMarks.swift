/// What the text runs of a chapter's prose hold besides text: inline values `{{ … }}`,
/// references `@fig:…`/`@tbl:…`, footnote references `[^name]`, citations and spans of another
/// language `[text]{lang=zh}`, each replaced in its run by placeholders, in reading order.
struct ProseMarks {
    var inlineValues: [InlineValue] = []
    var references: [CrossReference] = []
    var footnotes: [FootnoteReference] = []
    var citations: [Citation] = []
    /// The language of each span `[text]{lang=xx}`, in reading order.
    var languageSpans: [String] = []
    /// The new text of each run that held one, by run index.
    var rewrittenRuns: [Int: String] = [:]

    init(_ runs: [TextRun], path: String) throws {
        for (runIndex, run) in runs.enumerated()
        where run.text.contains("{{") || run.text.contains("@") || run.text.contains("[^")
            || run.text.contains("\\eqref") || run.text.contains("]{lang=") {
            var rewritten = ""
            for piece in LanguageSpanScanner.pieces(of: run.text) {
                switch piece {
                case let .text(text, offset):
                    rewritten += try marks(in: text, line: run.line, column: run.column + offset, path: path)
                case let .mark(span, offset):
                    // The span's text starts after its "[" (one byte).
                    let inner = try marks(in: span.text, line: run.line, column: run.column + offset + 1,
                                          path: path)
                    rewritten += Placeholder.languageOpen(languageSpans.count) + inner
                        + Placeholder.languageClose(languageSpans.count)
                    languageSpans.append(span.language)
                }
            }
            rewrittenRuns[runIndex] = rewritten
        }
    }

    /// `text` with its inline values, footnote references, citations and references replaced
    /// by placeholders; `column` is where `text` starts on `line`.
    private mutating func marks(in text: String, line: Int, column: Int, path: String) throws -> String {
        let location = SourceLocation(path: path, line: line, column: column)
        var rewritten = ""
        for piece in try InlineValueScanner.pieces(of: text, at: location) {
            switch piece {
            case let .text(text, textOffset):
                for part in FootnoteScanner.pieces(of: text) {
                    switch part {
                    case let .text(plain, offset):
                        rewritten += citations(in: plain, line: line, column: column + textOffset + offset)
                    case let .reference(name, offset):
                        rewritten += Placeholder.footnote(footnotes.count)
                        footnotes.append(FootnoteReference(name: name, line: line,
                                                           column: column + textOffset + offset))
                    }
                }
            case let .value(expression, offset):
                rewritten += Placeholder.value(inlineValues.count)
                inlineValues.append(InlineValue(index: inlineValues.count, expression: expression,
                                                line: line, column: column + offset))
            }
        }
        return rewritten
    }

    /// `text` with its citations and references replaced by placeholders; `column` is where
    /// `text` starts.
    private mutating func citations(in text: String, line: Int, column: Int) -> String {
        var rewritten = ""
        for part in CitationScanner.pieces(of: text) {
            switch part {
            case let .text(plain, offset):
                rewritten += crossReferences(in: plain, line: line, column: column + offset)
            case let .citation(items, parenthetical, offset):
                rewritten += Placeholder.citation(citations.count)
                citations.append(Citation(items: items, parenthetical: parenthetical, line: line,
                                          column: column + offset))
            }
        }
        return rewritten
    }

    /// `text` with its references replaced by placeholders; `column` is where `text` starts.
    private mutating func crossReferences(in text: String, line: Int, column: Int) -> String {
        var rewritten = ""
        for part in CrossReferenceScanner.pieces(of: text) {
            switch part {
            case .text(let plain):
                rewritten += plain
            case let .reference(target, offset):
                rewritten += Placeholder.reference(references.count)
                references.append(CrossReference(
                    index: references.count, kind: target.kind, label: target.label, line: line,
                    column: column + offset, chapter: target.chapter, isBareNumber: target.isBareNumber
                ))
            }
        }
        return rewritten
    }
}
