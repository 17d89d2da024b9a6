/// A piece of inline content of a paragraph or heading, as cmark parses it.
indirect enum Inline: Equatable, Sendable {
    /// Plain text, unescaped; adjacent text is one piece, which starts at `line` and the byte
    /// `column` (1-based).
    case text(String, line: Int, column: Int)
    /// A line end inside a paragraph, shown as one.
    case softBreak
    /// A hard line break (two spaces or `\` at the end of a line).
    case lineBreak
    /// A code span's text.
    case code(String)
    /// A raw HTML tag inside prose, on `line`.
    case html(String, line: Int)
    case emphasis([Inline])
    case strong([Inline])
    /// A link; an empty `title` is none.
    case link(destination: String, title: String, [Inline])
    /// An image; its content is its description (the `alt` text).
    case image(source: String, title: String, [Inline])

    // The book's own inline nodes; each index is a position in the chapter's list of them.

    /// An inline value `{{ expression }}` (`Chapter.inlineValues`).
    case value(Int)
    /// A formula `$…$` or `$$…$$` (`Chapter.formulas`).
    case math(Int)
    /// A cross-reference `@fig:label` (`Chapter.references`).
    case reference(Int)
    /// A footnote reference `[^name]` (`Chapter.footnotes`' references).
    case footnote(Int)
    /// A citation `[@key]` (`Chapter.citations`).
    case citation(Int)
    /// Text in another language, `[文本]{lang=zh}`.
    case language(String, [Inline])
}

extension Inline {
    /// The text of `inlines` without markup: text and code spans, a space for a line break.
    static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(text, _, _), let .code(text): return text
            case .softBreak, .lineBreak: return " "
            case .html, .value, .math, .reference, .footnote, .citation: return ""
            case let .emphasis(content), let .strong(content), let .link(_, _, content),
                 let .image(_, _, content), let .language(_, content):
                return plainText(content)
            }
        }.joined()
    }
}
