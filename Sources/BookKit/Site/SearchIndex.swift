import Foundation
import NotebookChannel

/// The site's search index (`search-index.js`), built from the rendered pages: one entry per
/// section (the text from one `h2` or `h3` to the next), holding the prose a reader sees,
/// without code, cell output, charts, formulas and computed tables (captions stay). It is a
/// script that assigns a global rather than a JSON file, so that the search works from
/// `file://`, where pages cannot fetch.
enum SearchIndex {
    static let name = "search-index.js"

    /// A page to index: its file name, its title, and its HTML.
    struct Page {
        var name: String
        var title: String
        var html: HTML
    }

    /// A section of a page: its anchor ("" for the top of the page), heading and text.
    struct Section: Equatable {
        var anchor: String
        var heading: String
        var text: String
    }

    /// The index of `pages`, in their order, as a script.
    static func script(_ pages: [Page]) -> String {
        var out = "window.bookSearchIndex = {\"pages\": ["
        out += pages.map { "[" + JSON.string($0.name) + ", " + JSON.string($0.title) + "]" }
            .joined(separator: ", ")
        out += "],\n\"sections\": [\n"
        var entries: [String] = []
        for (number, page) in pages.enumerated() {
            for section in sections(ofPage: page.html, title: page.title) {
                entries.append("[\(number), " + [section.anchor, section.heading, section.text]
                    .map(JSON.string).joined(separator: ", ") + "]")
            }
        }
        return out + entries.joined(separator: ",\n") + "\n]};\n"
    }

    /// The sections of a page's `<main>`, each with its visible prose as plain text.
    static func sections(ofPage page: HTML, title: String) -> [Section] {
        let html = page.description
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>", options: .backwards)
        else { return [] }
        var main = String(html[start.lowerBound..<end.lowerBound])
        for element in ["pre", "svg", "math", "script", "style", "details", "table", #"ul class="checks""#,
                        #"a class="anchor""#, #"p class="to-top""#] {
            main = removing(element, from: main)
        }
        var sections: [Section] = []
        var anchor = ""
        var heading = title
        var rest = main[...]
        while let open = nextHeading(in: rest) {
            sections.append(Section(anchor: anchor, heading: heading, text: text(of: rest[..<open.lowerBound])))
            let tag = rest[open]
            anchor = String(tag.split(separator: "\"")[1])
            let level = tag.dropFirst(2).prefix(1)
            let close = rest[open.upperBound...].firstByteRange(of: "</h\(level)>")
            heading = text(of: rest[open.upperBound..<(close?.lowerBound ?? rest.endIndex)])
            rest = rest[(close?.upperBound ?? rest.endIndex)...]
        }
        sections.append(Section(anchor: anchor, heading: heading, text: text(of: rest)))
        return sections.filter { !$0.text.isEmpty || !$0.anchor.isEmpty }
    }

    /// The range of the first `<h2 id="…">` or `<h3 id="…">` tag in `html`. (Pages are
    /// searched as bytes: Foundation's searches on a long page took most of a build.)
    private static func nextHeading(in html: Substring) -> Range<String.Index>? {
        var rest = html
        while let start = rest.firstByteRange(of: "<h") {
            let tag = rest[start.lowerBound...].utf8
            if tag.dropFirst(2).first.map({ $0 == UInt8(ascii: "2") || $0 == UInt8(ascii: "3") }) == true,
               tag.dropFirst(3).starts(with: #" id=""#.utf8),
               let quote = tag.dropFirst(8).firstIndex(of: UInt8(ascii: "\"")),
               tag[tag.index(after: quote)...].first == UInt8(ascii: ">") {
                return start.lowerBound..<tag.index(quote, offsetBy: 2)
            }
            rest = rest[start.upperBound...]
        }
        return nil
    }

    /// `html` without every `<element …>…</element>` (not nested in itself); `element` may
    /// go on with attributes (`ul class="checks"`), which the opening tag must start with.
    private static func removing(_ element: String, from html: String) -> String {
        let name = element.prefix { $0 != " " }
        let opening = "<" + element
        var out = ""
        var rest = html[...]
        while let open = rest.firstByteRange(of: opening) {
            guard let next = rest[open.upperBound...].utf8.first,
                  next == UInt8(ascii: " ") || next == UInt8(ascii: ">") else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound]
            let afterTag = rest.utf8.index(after: open.upperBound)
            guard let close = rest[afterTag...].firstByteRange(of: "</\(name)>") else {
                return out + " "
            }
            out += " "
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The text of an HTML fragment: tags dropped (each `<` leaves a space), entities decoded,
    /// white space collapsed, and no space before a comma or a full stop. Read as bytes, then
    /// as Unicode scalars for the white space: Foundation's `replacingOccurrences` over every
    /// section, eight times, took a tenth of a no-change build.
    private static func text(of html: Substring) -> String {
        var stripped: [UInt8] = []
        stripped.reserveCapacity(html.utf8.count)
        var inTag = false
        for byte in html.utf8 {
            if byte == UInt8(ascii: "<") {
                inTag = true
                stripped.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag {
                stripped.append(byte)
            }
        }
        // Entities contain no `&` but their first, so that one pass decodes each once, as
        // replacing them one after another would (`&amp;lt;` stays `&lt;`).
        var decoded: [UInt8] = []
        decoded.reserveCapacity(stripped.count)
        var at = 0
        while at < stripped.count {
            if stripped[at] == UInt8(ascii: "&"),
               let entity = entities.first(where: { stripped[at...].starts(with: $0.name) }) {
                decoded.append(entity.character)
                at += entity.name.count
            } else {
                decoded.append(stripped[at])
                at += 1
            }
        }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in String(decoding: decoded, as: UTF8.self).unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space && scalar != "," && scalar != "." { out.append(" ") }
            space = false
            out.append(scalar)
        }
        return String(out)
    }

    /// The entities that pages hold, each with the character it stands for.
    private static let entities: [(name: [UInt8], character: UInt8)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }
}
