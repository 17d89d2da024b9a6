import Foundation

/// The place in a chapter of a mistake at `offset` characters into a formula, and the message
/// that quotes the formula around it.
enum FormulaExcerpt {
    /// The line of character `offset` of a formula that starts on `line`.
    static func line(of offset: Int, in tex: String, from line: Int) -> Int {
        line + tex.prefix(offset).filter { $0 == "\n" }.count
    }

    /// Up to `radius` characters of `tex` on each side of `offset`, on one line, with "…" where
    /// it is cut.
    static func quote(_ tex: String, around offset: Int, radius: Int = 30) -> String {
        let characters = Array(tex)
        let start = max(0, min(offset, characters.count) - radius)
        let end = min(characters.count, max(offset, 0) + radius)
        var text = String(characters[start..<end]).replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespaces)
        if start > 0 { text = "…" + text }
        if end < characters.count { text += "…" }
        return text
    }
}
