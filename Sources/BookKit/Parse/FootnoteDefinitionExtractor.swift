/// Takes the footnotes' definitions (as `FootnoteScanner` marked them) out of a chapter's
/// paragraphs: a definition is its marked line and the lines after it in its paragraph.
enum FootnoteDefinitionExtractor {
    /// `inlines`, a paragraph's content, without its definitions (nil when it holds none, empty
    /// when it is all definitions), and the content of each definition, by index.
    static func extract(_ inlines: [Inline], marks: SourceMarks) -> (kept: [Inline], definitions: [Int: [Inline]])? {
        let kind = "footnotedefinition"
        let lines = InlineLine.lines(of: inlines)
        guard lines.contains(where: { $0.leadingText.flatMap { marks.token(kind, at: $0) } != nil }) else {
            return nil
        }
        var kept: [InlineLine] = []
        var definitions: [Int: [Inline]] = [:]
        var current: (index: Int, lines: [InlineLine])?
        func finish() {
            if let current { definitions[current.index] = InlineLine.joined(current.lines, keepingBreaks: true) }
        }
        for line in lines {
            if let text = line.leadingText, let (index, rest) = marks.token(kind, at: text) {
                finish()
                let first = InlineLine(content: line.replacingLeadingText(with: rest).trimmingSpaces(),
                                       breakBefore: nil)
                current = (index, [first])
            } else if current != nil {
                current!.lines.append(line)
            } else {
                kept.append(line)
            }
        }
        finish()
        return (InlineLine.joined(kept, keepingBreaks: true), definitions)
    }
}
