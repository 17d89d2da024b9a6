/// The lines of a paragraph's inline content, for the steps that read a paragraph line by line
/// (a table's rows, a footnote's definition): it is split at its line breaks.
struct InlineLine {
    var content: [Inline]
    /// The break that ends the previous line (`.softBreak` or `.lineBreak`); nil on the first.
    var breakBefore: Inline?

    /// The lines of `inlines`.
    static func lines(of inlines: [Inline]) -> [InlineLine] {
        var lines = [InlineLine(content: [], breakBefore: nil)]
        for inline in inlines {
            if inline == .softBreak || inline == .lineBreak {
                lines.append(InlineLine(content: [], breakBefore: inline))
            } else {
                lines[lines.count - 1].content.append(inline)
            }
        }
        return lines
    }

    /// `lines` as inline content again; with `keepingBreaks` false, every break is a soft one.
    static func joined<Lines: Collection<InlineLine>>(_ lines: Lines, keepingBreaks: Bool) -> [Inline] {
        var inlines: [Inline] = []
        for (position, line) in lines.enumerated() {
            if position > 0 { inlines.append(keepingBreaks ? line.breakBefore ?? .softBreak : .softBreak) }
            inlines += line.content
        }
        return inlines
    }

    /// The text the line starts with, when it starts with text.
    var leadingText: Substring? {
        guard case let .text(text, _, _) = content.first else { return nil }
        return Substring(text)
    }

    /// The content with its leading text replaced by `rest` (what is left of it).
    func replacingLeadingText(with rest: Substring) -> [Inline] {
        guard case let .text(_, line, column) = content.first else { return content }
        return (rest.isEmpty ? [] : [.text(String(rest), line: line, column: column)]) + content.dropFirst()
    }
}

extension Array where Element == Inline {
    /// The content without spaces at its two ends (in its first and last text).
    func trimmingSpaces() -> [Inline] {
        var inlines = self
        if case let .text(text, line, column) = inlines.first {
            inlines[0] = .text(String(text.drop { $0 == " " || $0 == "\t" }), line: line, column: column)
        }
        if case let .text(text, line, column) = inlines.last {
            var kept = Substring(text)
            while kept.last == " " || kept.last == "\t" { kept.removeLast() }
            inlines[inlines.count - 1] = .text(String(kept), line: line, column: column)
        }
        return inlines.filter { !$0.isEmptyText }
    }
}

extension Inline {
    /// Whether this is text with no characters.
    var isEmptyText: Bool {
        if case let .text(text, _, _) = self { return text.isEmpty }
        return false
    }
}
