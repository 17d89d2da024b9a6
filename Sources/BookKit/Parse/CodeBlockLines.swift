/// A code block's lines, as `CodeBlockScanner` finds them.
struct CodeBlockLines: Equatable {
    /// The info string after an opening fence, trimmed (not unescaped); nil for indented code.
    var info: String?
    /// The 1-based line the block starts on, and the 1-based byte column of its fence.
    var line: Int
    var column: Int
    /// The last line of the block, as cmark counts it (the closing fence, when there is one).
    var endLine: Int
    /// Whether a fenced block ends with a closing fence (an indented block counts as closed).
    var isClosed: Bool
}
