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
