extension FencedBlock {
    /// Whether the block ends with a closing fence. cmark runs an unclosed fence silently to the
    /// end of its container, which would turn the rest of a chapter into code; a block that does
    /// not open with a fence (an indented code block) counts as closed.
    ///
    /// `lines` are the lines of the text the block was parsed from.
    func isClosed(in lines: [Substring]) -> Bool {
        guard lines.indices.contains(line - 1) else { return true }
        let opening = lines[line - 1].utf8.dropFirst(max(column - 1, 0))
        guard let open = Self.fence(Substring(opening)) else { return true }
        guard endLine > line, lines.indices.contains(endLine - 1),
              let close = Self.fence(lines[endLine - 1].drop { " \t>".contains($0) })
        else { return false }
        return close.marker == open.marker && close.length >= open.length && close.rest.isEmpty
    }

    /// The fence at the start of `text`: its character, its length and what follows it.
    private static func fence(_ text: Substring) -> (marker: Character, length: Int, rest: Substring)? {
        guard let marker = text.first, marker == "`" || marker == "~" else { return nil }
        let length = text.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        return (marker, length, text.dropFirst(length).trimmingTrailingSpace)
    }
}
