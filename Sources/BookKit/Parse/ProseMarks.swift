/// What the text runs of a chapter's prose hold besides text: inline values `{{ … }}`,
/// references `@fig:…`/`@tbl:…` and footnote references `[^name]`, each replaced in its run by
/// a placeholder, in reading order.
struct ProseMarks {
    var inlineValues: [InlineValue] = []
    var references: [CrossReference] = []
    var footnotes: [FootnoteReference] = []
    var citations: [Citation] = []
    /// The new text of each run that held one, by run index.
    var rewrittenRuns: [Int: String] = [:]

    init(_ runs: [TextRun], path: String) throws {
        for (runIndex, run) in runs.enumerated()
        where run.text.contains("{{") || run.text.contains("@") || run.text.contains("[^")
            || run.text.contains("\\eqref") {
            let location = SourceLocation(path: path, line: run.line, column: run.column)
            var rewritten = ""
            for piece in try InlineValueScanner.pieces(of: run.text, at: location) {
                switch piece {
                case let .text(text, textOffset):
                    for part in FootnoteScanner.pieces(of: text) {
                        switch part {
                        case let .text(plain, offset):
                            rewritten += citations(in: plain, line: run.line,
                                                   column: run.column + textOffset + offset)
                        case let .reference(name, offset):
                            rewritten += Placeholder.footnote(footnotes.count)
                            footnotes.append(FootnoteReference(
                                name: name, line: run.line, column: run.column + textOffset + offset
                            ))
                        }
                    }
                case let .value(expression, offset):
                    rewritten += Placeholder.value(inlineValues.count)
                    inlineValues.append(InlineValue(
                        index: inlineValues.count, expression: expression,
                        line: run.line, column: run.column + offset
                    ))
                }
            }
            rewrittenRuns[runIndex] = rewritten
        }
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
