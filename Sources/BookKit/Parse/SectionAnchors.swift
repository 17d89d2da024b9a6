/// Gives every heading of a chapter a unique, readable anchor.
enum SectionAnchors {
    /// The sections of `headings`, with anchors made from their titles (lower-case letters and
    /// digits joined by '-'); a repeated anchor gets '-2', '-3', ... in document order.
    static func sections(for headings: [Heading]) -> [Section] {
        var used: Set<String> = []
        return headings.map { heading in
            let base = slug(heading.text).isEmpty ? "section" : slug(heading.text)
            var anchor = base
            var counter = 2
            while used.contains(anchor) {
                anchor = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(anchor)
            return Section(level: heading.level, title: heading.text, anchor: anchor, line: heading.line)
        }
    }

    /// Letters and digits of `text` (any script, lower-cased), other runs as one '-'.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !out.isEmpty { out += "-" }
                out.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
