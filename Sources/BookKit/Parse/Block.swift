/// A block of a chapter's Markdown, as cmark parses it, with the line it starts on.
indirect enum Block: Equatable, Sendable {
    case paragraph([Inline], line: Int)
    /// `# Title` (level 1) to `###### Title` (level 6), or a setext heading.
    case heading(level: Int, [Inline], line: Int)
    case blockQuote([Block], line: Int)
    case list(MarkdownList)
    /// A fenced or indented code block.
    case code(FencedBlock)
    /// Raw HTML that is a block of its own.
    case html(String, line: Int)
    case thematicBreak(line: Int)

    // The book's own blocks; each index is a position in the chapter's list of them.

    /// A Swift cell, in place of its code block (`Chapter.cells`).
    case cell(Int)
    /// A heading that is a section of the chapter (`Chapter.headings`).
    case section(Int, [Inline])
    /// The opening and the closing fence of a callout (`Chapter.callouts`).
    case calloutOpen(Int)
    case calloutClose(Int)
    /// A heading that is the title of the callout it starts.
    case calloutTitle([Inline])
    /// A pipe table (`Chapter.proseTables`).
    case table(TableContent)
}

/// The cells and caption of a pipe table.
struct TableContent: Equatable, Sendable {
    /// The table's position in `Chapter.proseTables`.
    var index: Int
    var header: [[Inline]]
    var rows: [[[Inline]]]
    /// The caption's text after `Table:` (without its label), when it has one.
    var caption: [Inline]?
}

/// A bullet or ordered list.
struct MarkdownList: Equatable, Sendable {
    /// Whether its items are numbered (`1.`) rather than bulleted (`-`).
    var isOrdered: Bool
    /// The number of the first item of an ordered list.
    var start: Int
    /// A tight list's paragraphs are shown without `<p>`.
    var isTight: Bool
    /// The blocks of each item.
    var items: [[Block]]
    var line: Int
}
