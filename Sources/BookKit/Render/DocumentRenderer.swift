/// Writes a parsed document as HTML: its Markdown byte for byte as cmark's HTML renderer writes
/// it (`CommonMarkSpecTests` holds it to that on the CommonMark specification's examples), and
/// the book's nodes with `book`.
struct DocumentRenderer {
    /// Whether raw HTML and dangerous link destinations (`javascript:`…) are kept; when not,
    /// raw HTML becomes a comment and such a destination an empty one, as in cmark.
    var allowRawHTML = false
    /// The HTML of the book's nodes.
    var book = BookNodeHTML()

    /// The HTML of `blocks`.
    func html(_ blocks: [Block]) -> HTML {
        var out = HTML()
        for block in blocks { write(block, tight: false, into: &out) }
        return out
    }

    /// The HTML of `blocks` as inline content: without the `<p>` and `</p>` of a paragraph
    /// that is all there is.
    func inlineHTML(_ blocks: [Block]) -> HTML {
        if blocks.count == 1, case let .paragraph(inlines, _) = blocks[0] {
            var out = HTML()
            write(inlines, into: &out)
            return out
        }
        return html(blocks)
    }

    /// A new line unless the output is empty or ends with one (cmark's `cr`).
    private func newLine(_ out: inout HTML) {
        if let last = out.text.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    private func write(_ block: Block, tight: Bool, into out: inout HTML) {
        switch block {
        case let .paragraph(inlines, _):
            if inlines.count == 1, let html = leafHTML(inlines[0]) {
                // A book node alone in a paragraph is a block of its own (a display formula).
                return writeAlone(html, tight: tight, into: &out)
            }
            if tight { return write(inlines, into: &out) }
            newLine(&out)
            out += "<p>"
            write(inlines, into: &out)
            out += "</p>\n"
        case let .heading(level, inlines, _):
            newLine(&out)
            out += "<h\(level)>"
            write(inlines, into: &out)
            out += "</h\(level)>\n"
        case let .blockQuote(blocks, _):
            newLine(&out)
            out += "<blockquote>\n"
            for block in blocks { write(block, tight: false, into: &out) }
            newLine(&out)
            out += "</blockquote>\n"
        case let .list(list):
            write(list, into: &out)
        case let .code(block):
            newLine(&out)
            let language = block.info.utf8.prefix { !" \t\n\u{0B}\u{0C}\r".utf8.contains($0) }
            let name = HTML(markdownText: String(decoding: language, as: UTF8.self))
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(name)\">"
            out += HTML(markdownText: block.code) + "</code></pre>\n"
        case let .html(text, _):
            newLine(&out)
            // Raw HTML the author wrote, kept only when book.yml allows it (cmark's 'unsafe').
            out += allowRawHTML ? HTML(unsafe: text) : "<!-- raw HTML omitted -->"
            newLine(&out)
        case .thematicBreak:
            newLine(&out)
            out += "<hr />\n"
        case let .cell(index):
            writeAlone(book.cell(index), tight: tight, into: &out)
        case let .calloutOpen(index):
            writeAlone(book.calloutOpen(index), tight: tight, into: &out)
        case let .calloutClose(index):
            writeAlone(book.calloutClose(index), tight: tight, into: &out)
        case let .section(index, inlines):
            newLine(&out)
            out += book.sectionOpening(index)
            write(inlines, into: &out)
            out += book.sectionClosing(index)
        case let .calloutTitle(inlines):
            newLine(&out)
            out += "<p class=\"callout-title\">"
            write(inlines, into: &out)
            out += "</p>\n"
        case let .table(content):
            newLine(&out)
            write(content, into: &out)
        }
    }

    /// `html`, a block of its own: on a line of its own, unless in a tight list.
    private func writeAlone(_ html: HTML, tight: Bool, into out: inout HTML) {
        if tight {
            out += html
            return
        }
        newLine(&out)
        out += html
        if html.text.utf8.last != UInt8(ascii: "\n") { out += "\n" }
    }

    /// The HTML of a book node that stands for one thing (not a span of text); nil for others.
    private func leafHTML(_ inline: Inline) -> HTML? {
        switch inline {
        case let .value(index): return book.value(index)
        case let .math(index): return book.math(index)
        case let .reference(index): return book.reference(index)
        case let .footnote(index): return book.footnote(index)
        case let .citation(index): return book.citation(index)
        default: return nil
        }
    }

    private func write(_ list: MarkdownList, into out: inout HTML) {
        newLine(&out)
        out += !list.isOrdered ? "<ul>\n" : list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
        for item in list.items {
            newLine(&out)
            out += "<li>"
            for block in item { write(block, tight: list.isTight, into: &out) }
            out += "</li>\n"
        }
        out += list.isOrdered ? "</ol>\n" : "</ul>\n"
    }

    /// Writes `inlines`.
    func write(_ inlines: [Inline], into out: inout HTML) {
        for inline in inlines {
            if let html = leafHTML(inline) {
                out += html
                continue
            }
            switch inline {
            case let .text(text, _, _): out += HTML(markdownText: text)
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br />\n"
            case let .code(text): out += "<code>" + HTML(markdownText: text) + "</code>"
            // Raw HTML the author wrote, kept only when book.yml allows it (cmark's 'unsafe').
            case let .html(text, _): out += allowRawHTML ? HTML(unsafe: text) : "<!-- raw HTML omitted -->"
            case let .emphasis(content):
                out += "<em>"
                write(content, into: &out)
                out += "</em>"
            case let .strong(content):
                out += "<strong>"
                write(content, into: &out)
                out += "</strong>"
            case let .link(destination, title, content):
                out += "<a href=\"" + url(destination) + titleAttribute(title) + "\">"
                write(content, into: &out)
                out += "</a>"
            case let .image(source, title, content):
                out += "<img src=\"" + url(source) + "\" alt=\"" + HTML(markdownText: Self.altText(content))
                out += titleAttribute(title) + "\" />"
            case let .language(tag, content):
                out += "<span lang=\"\(tag)\">"
                write(content, into: &out)
                out += "</span>"
            case .value, .math, .reference, .footnote, .citation:
                break
            }
        }
    }

    /// The text of an image's description: text, code and raw HTML as text, a space for a
    /// line break, markup dropped.
    private static func altText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(text, _, _), let .code(text), let .html(text, _): return text
            case .softBreak, .lineBreak: return " "
            case .value, .math, .reference, .footnote, .citation: return ""
            case let .emphasis(content), let .strong(content), let .link(_, _, content),
                 let .image(_, _, content), let .language(_, content):
                return altText(content)
            }
        }.joined()
    }

    private func titleAttribute(_ title: String) -> HTML {
        title.isEmpty ? HTML() : "\" title=\"" + HTML(markdownText: title)
    }

    /// A destination as cmark writes it: empty when it is dangerous and raw HTML is not allowed.
    private func url(_ destination: String) -> HTML {
        allowRawHTML || !Self.isDangerous(destination) ? HTML(markdownURL: destination) : HTML()
    }

    /// cmark's `_scan_dangerous_url`: a `javascript:`, `vbscript:`, `file:` or `data:` URL,
    /// except `data:image/` PNG, GIF, JPEG and WebP.
    private static func isDangerous(_ url: String) -> Bool {
        let lower = String(url.prefix(16)).lowercased()
        if ["png", "gif", "jpeg", "webp"].contains(where: { lower.hasPrefix("data:image/" + $0) }) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lower.hasPrefix($0) }
    }
}
