/// The last step of building a chapter's document: formulas become nodes in every inline
/// content, the paragraphs of a table's rows become the table, and the footnotes' definitions
/// leave the paragraphs they were written in.
struct BodyAssembler {
    var marks: SourceMarks
    var tables: [ProseTable]
    /// The content of each footnote definition found, by index.
    private(set) var definitions: [Int: [Inline]] = [:]

    init(marks: SourceMarks, tables: [ProseTable]) {
        self.marks = marks
        self.tables = tables
    }

    /// `blocks` assembled.
    mutating func assemble(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { assemble($0) }
    }

    private mutating func assemble(_ block: Block) -> [Block] {
        switch block {
        case let .paragraph(inlines, line):
            let content = MathTokens.split(inlines, marks: marks)
            if let blocks = TableAssembler.blocks(content, line: line, tables: tables, marks: marks) {
                return blocks
            }
            guard let (kept, found) = FootnoteDefinitionExtractor.extract(content, marks: marks) else {
                return [.paragraph(content, line: line)]
            }
            definitions.merge(found) { first, _ in first }
            return kept.isEmpty ? [] : [.paragraph(kept, line: line)]
        case let .heading(level, inlines, line):
            return [.heading(level: level, MathTokens.split(inlines, marks: marks), line: line)]
        case let .section(index, inlines):
            return [.section(index, MathTokens.split(inlines, marks: marks))]
        case let .calloutTitle(inlines):
            return [.calloutTitle(MathTokens.split(inlines, marks: marks))]
        case let .blockQuote(blocks, line):
            return [.blockQuote(assemble(blocks), line: line)]
        case var .list(list):
            list.items = list.items.map { assemble($0) }
            return [.list(list)]
        case .code, .html, .thematicBreak, .cell, .calloutOpen, .calloutClose, .table:
            return [block]
        }
    }
}
