/// Adjacent text of one inline sequence, with no markup, line break or code span inside.
struct TextRun: Equatable {
    /// The text, unescaped.
    var text: String
    /// The 1-based line the text starts on.
    var line: Int
    /// The 1-based byte column the text starts at.
    var column: Int
}

/// A heading: its level (1 to 6), plain text and line.
struct Heading: Equatable {
    var level: Int
    var text: String
    var line: Int
}

/// Raw HTML in a chapter: a block of its own, or a tag inside prose.
struct RawHTML: Equatable {
    var isBlock: Bool
    /// The 1-based line it starts on.
    var line: Int
}

/// The parts of a Markdown document that the book cares about, in document order.
struct MarkdownOutline {
    var fencedBlocks: [FencedBlock] = []
    var textRuns: [TextRun] = []
    var headings: [Heading] = []
    var rawHTML: [RawHTML] = []

    /// The outline of `blocks`.
    init(_ blocks: [Block]) {
        blocks.forEach { add($0) }
    }

    private mutating func add(_ block: Block) {
        switch block {
        case let .paragraph(inlines, _):
            add(inlines)
        case let .heading(level, inlines, line):
            add(inlines)
            headings.append(Heading(level: level, text: Inline.plainText(inlines), line: line))
        case let .blockQuote(blocks, _):
            blocks.forEach { add($0) }
        case let .list(list):
            list.items.joined().forEach { add($0) }
        case let .code(block):
            fencedBlocks.append(block)
        case let .html(_, line):
            rawHTML.append(RawHTML(isBlock: true, line: line))
        case .thematicBreak, .cell, .section, .calloutOpen, .calloutClose, .calloutTitle, .table:
            break
        }
    }

    private mutating func add(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case let .text(text, line, column):
                textRuns.append(TextRun(text: text, line: line, column: column))
            case let .html(_, line):
                rawHTML.append(RawHTML(isBlock: false, line: line))
            case let .emphasis(content), let .strong(content), let .link(_, _, content),
                 let .image(_, _, content), let .language(_, content):
                add(content)
            case .softBreak, .lineBreak, .code, .value, .math, .reference, .footnote, .citation:
                break
            }
        }
    }
}
