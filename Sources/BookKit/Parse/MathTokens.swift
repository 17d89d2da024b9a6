/// Makes the formulas that `MathScanner` replaced by tokens nodes of a chapter's document.
enum MathTokens {
    /// `inlines` with each `math` token of `marks` in their text made a `.math` node, and the
    /// filler lines of a display formula over several lines (with the line breaks before them)
    /// removed.
    static func split(_ inlines: [Inline], marks: SourceMarks) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case let .text(text, line, column):
                var rest = Substring(text)
                if rest.hasPrefix(marks.lineFiller), out.last == .softBreak {
                    out.removeLast()
                    rest = rest.dropFirst()
                }
                var searched = rest.startIndex
                while let open = rest[searched...].range(of: marks.open) {
                    guard let (index, after) = marks.token("math", at: rest[open.lowerBound...]) else {
                        searched = open.upperBound
                        continue
                    }
                    if open.lowerBound > rest.startIndex {
                        out.append(.text(String(rest[..<open.lowerBound]), line: line, column: column))
                    }
                    out.append(.math(index))
                    rest = after
                    searched = rest.startIndex
                }
                if !rest.isEmpty { out.append(.text(String(rest), line: line, column: column)) }
            case let .emphasis(content): out.append(.emphasis(split(content, marks: marks)))
            case let .strong(content): out.append(.strong(split(content, marks: marks)))
            case let .link(destination, title, content):
                out.append(.link(destination: destination, title: title, split(content, marks: marks)))
            case let .image(source, title, content):
                out.append(.image(source: source, title: title, split(content, marks: marks)))
            case let .language(tag, content): out.append(.language(tag, split(content, marks: marks)))
            default: out.append(inline)
            }
        }
        return out
    }
}
