/// Puts the book's nodes in place of the Markdown elements that stand for them in a parsed
/// chapter. Each closure receives the position of the element in document order (as
/// `MarkdownOutline` lists them, from the same parse); `nil` keeps the element as it is.
struct BookNodeRewrite {
    /// What a code block becomes (a cell).
    var fencedBlock: (Int, FencedBlock) -> Block? = { _, _ in nil }
    /// What a text run becomes (text with inline values, references, citations…).
    var textRun: (Int, TextRun) -> [Inline]? = { _, _ in nil }
    /// What a heading, whose content is given rewritten, becomes (a section, a callout's title).
    var heading: (Int, Heading, [Inline]) -> Block? = { _, _, _ in nil }
    /// What the thematic break (`***`) on the given line becomes (a callout's fence).
    var thematicBreak: (_ line: Int) -> Block? = { _ in nil }

    /// `blocks` with the changes made.
    func apply(to blocks: [Block]) -> [Block] {
        var counts = Counts()
        return blocks.map { rewrite($0, &counts) }
    }

    /// How many of each element came before, in document order.
    private struct Counts {
        var fencedBlocks = 0, textRuns = 0, headings = 0
    }

    private func rewrite(_ block: Block, _ counts: inout Counts) -> Block {
        switch block {
        case let .paragraph(inlines, line):
            return .paragraph(rewrite(inlines, &counts), line: line)
        case let .heading(level, inlines, line):
            let content = rewrite(inlines, &counts)
            let heading = Heading(level: level, text: Inline.plainText(inlines), line: line)
            defer { counts.headings += 1 }
            return self.heading(counts.headings, heading, content)
                ?? .heading(level: level, content, line: line)
        case let .blockQuote(blocks, line):
            return .blockQuote(blocks.map { rewrite($0, &counts) }, line: line)
        case var .list(list):
            list.items = list.items.map { $0.map { rewrite($0, &counts) } }
            return .list(list)
        case let .code(code):
            defer { counts.fencedBlocks += 1 }
            return fencedBlock(counts.fencedBlocks, code) ?? block
        case let .thematicBreak(line):
            return thematicBreak(line) ?? block
        case .html, .cell, .section, .calloutOpen, .calloutClose, .calloutTitle, .table:
            return block
        }
    }

    private func rewrite(_ inlines: [Inline], _ counts: inout Counts) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case let .text(text, line, column):
                defer { counts.textRuns += 1 }
                return textRun(counts.textRuns, TextRun(text: text, line: line, column: column)) ?? [inline]
            case let .emphasis(content): return [.emphasis(rewrite(content, &counts))]
            case let .strong(content): return [.strong(rewrite(content, &counts))]
            case let .link(destination, title, content):
                return [.link(destination: destination, title: title, rewrite(content, &counts))]
            case let .image(source, title, content):
                return [.image(source: source, title: title, rewrite(content, &counts))]
            case .softBreak, .lineBreak, .code, .html, .value, .math, .reference, .footnote, .citation,
                 .language:
                return [inline]
            }
        }
    }
}
