/// The private-use characters that the scans before cmark's parse write into a chapter's text
/// (a formula, a footnote's definition, a table's rows, a callout's title) so that cmark keeps
/// them as text; the parser turns each into a node of the document, so none reaches a page.
/// They are taken from a block of sixteen code points the chapter itself does not use, so that
/// an author's own private-use characters stay text.
struct SourceMarks: Sendable {
    /// The first code point of the block.
    let base: UInt32

    /// Marks for `text`: the first block of sixteen from U+E000 that none of its characters is in.
    init(avoiding text: String) {
        var used = Set<UInt32>()
        for scalar in text.unicodeScalars where (0xE000...0xF8FF).contains(scalar.value) {
            used.insert(scalar.value & ~0xF)
        }
        base = stride(from: UInt32(0xE000), to: 0xF900, by: 16).first { !used.contains($0) } ?? 0xE000
    }

    private func mark(_ offset: UInt32) -> String { String(Unicode.Scalar(base + offset)!) }

    /// The two ends of a token (`token`).
    var open: String { mark(0) }
    var close: String { mark(1) }
    /// Starts a row of a table's body; separates the cells of a row.
    var rowStart: String { mark(2) }
    var cellSeparator: String { mark(3) }
    /// Stands for a table's delimiter row and for the blank line before a caption.
    var ignoredLine: String { mark(4) }
    var captionStart: String { mark(5) }
    /// Starts a table's header row: `tableStart`, the table's index, `tableStartEnd`.
    var tableStart: String { mark(6) }
    var tableStartEnd: String { mark(7) }
    /// Marks a heading that is a callout's title.
    var titleMark: String { mark(8) }
    /// Fills each further line of a display formula over several lines.
    var lineFiller: String { mark(9) }

    /// The token that stands for item `index` of `kind` (`math`, `footnotedefinition`).
    func token(_ kind: String, _ index: Int) -> String { open + kind + "-\(index)" + close }

    /// The index of the `kind` token at the start of `text`, and the text after it.
    func token(_ kind: String, at text: Substring) -> (index: Int, rest: Substring)? {
        let prefix = open + kind + "-"
        guard text.hasPrefix(prefix), let end = text.range(of: close),
              let index = Int(text[text.index(text.startIndex, offsetBy: prefix.count)..<end.lowerBound])
        else { return nil }
        return (index, text[end.upperBound...])
    }
}
