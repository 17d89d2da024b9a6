/// Changes to make to a parsed document before it is rendered. Each closure receives the
/// position of the element in document order (as `MarkdownOutline` lists them); `nil` keeps
/// the element as it is.
struct MarkdownRewrite {
    /// Text that replaces a fenced block, rendered as a paragraph of its own.
    var fencedBlock: (Int, FencedBlock) -> String? = { _, _ in nil }
    /// New text for a text run.
    var textRun: (Int, TextRun) -> String? = { _, _ in nil }
    /// Text inserted at the start of a heading's content.
    var headingPrefix: (Int, Heading) -> String? = { _, _ in nil }
    /// Text that replaces the thematic break (`***`) starting on the given line, rendered as a
    /// paragraph of its own.
    var thematicBreak: (_ line: Int) -> String? = { _ in nil }

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
            var content = rewrite(inlines, &counts)
            let heading = Heading(level: level, text: Inline.plainText(inlines), line: line)
            if let prefix = headingPrefix(counts.headings, heading) {
                content.insert(.text(prefix, line: line, column: 1), at: 0)
            }
            counts.headings += 1
            return .heading(level: level, content, line: line)
        case let .blockQuote(blocks, line):
            return .blockQuote(blocks.map { rewrite($0, &counts) }, line: line)
        case var .list(list):
            list.items = list.items.map { $0.map { rewrite($0, &counts) } }
            return .list(list)
        case let .code(code):
            defer { counts.fencedBlocks += 1 }
            guard let text = fencedBlock(counts.fencedBlocks, code) else { return block }
            return .paragraph([.text(text, line: code.line, column: 1)], line: code.line)
        case let .thematicBreak(line):
            guard let text = thematicBreak(line) else { return block }
            return .paragraph([.text(text, line: line, column: 1)], line: line)
        case .html:
            return block
        }
    }

    private func rewrite(_ inlines: [Inline], _ counts: inout Counts) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case let .text(text, line, column):
                defer { counts.textRuns += 1 }
                let run = TextRun(text: text, line: line, column: column)
                return .text(textRun(counts.textRuns, run) ?? text, line: line, column: column)
            case let .emphasis(content): return .emphasis(rewrite(content, &counts))
            case let .strong(content): return .strong(rewrite(content, &counts))
            case let .link(destination, title, content):
                return .link(destination: destination, title: title, rewrite(content, &counts))
            case let .image(source, title, content):
                return .image(source: source, title: title, rewrite(content, &counts))
            case .softBreak, .lineBreak, .code, .html:
                return inline
            }
        }
    }
}
