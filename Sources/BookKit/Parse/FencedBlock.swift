/// A code block as cmark sees it: fenced, or indented (whose info string is empty).
struct FencedBlock: Equatable, Sendable {
    /// The info string after the opening fence (`swift hidden`).
    var info: String
    /// The code, ending with a newline.
    var code: String
    /// The 1-based line of the opening fence.
    var line: Int
    /// The 1-based byte column of the opening fence.
    var column: Int
    /// The last line of the block (its closing fence, when it has one).
    var endLine: Int
}
