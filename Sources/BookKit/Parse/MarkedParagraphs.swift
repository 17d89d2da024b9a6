/// Finds, in HTML that cmark rendered, the paragraphs that hold a marker a line-level step put
/// there (a table's rows, a footnote's definition), so that the step can turn them into the
/// HTML they stand for. Each line of such a paragraph is a line of the source: cmark renders a
/// soft line break as a newline.
enum MarkedParagraphs {
    /// `html` with every `<p>…</p>` whose content contains `marker` replaced by what
    /// `transform` returns for that content (without the `<p>` tags and the newline after
    /// `</p>`, which the replacement must supply itself).
    static func rewrite(_ html: String, marker: String, _ transform: (String) -> String) -> String {
        var out = ""
        var rest = html[...]
        while let hit = rest.range(of: marker) {
            let before = rest.startIndex..<hit.lowerBound
            guard let open = rest.range(of: "<p>", options: .backwards, range: before),
                  let close = rest.range(of: "</p>\n", range: hit.upperBound..<rest.endIndex) else { break }
            out += rest[..<open.lowerBound]
            out += transform(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `lines` as a paragraph, or nothing when they are empty.
    static func paragraph(_ lines: [Substring]) -> String {
        lines.isEmpty ? "" : "<p>" + lines.joined(separator: "\n") + "</p>\n"
    }
}
