import Foundation

/// `book.html`: every chapter on one page, in reading order, after a contents list, for
/// reading offline and printing (`book pdf` prints it). Each chapter's article is taken from
/// its rendered page, with its ids put in the chapter's own namespace (`c04-…`, so that the
/// chapters' ids never clash), its headings one level down (the book's title is the page's
/// one `h1`) and its links to other chapters turned into links within the page; the pager,
/// the download links and the "back to top" links are left out.
enum Handout {
    static let name = "book.html"

    /// The id of the section that holds chapter `number` (`c04`).
    static func anchor(_ number: Int) -> String { "c" + String(format2: number) }

    /// The handout's article: the contents list, then each chapter's article.
    static func article(_ chapters: [(chapter: Chapter, page: HTML)], words: PageWords) -> HTML {
        let pages = Dictionary(uniqueKeysWithValues: chapters.map { ($0.chapter.pageName, $0.chapter.number) })
        var out: HTML = "<nav class=\"handout-contents\" aria-label=\"\(words.contents)\">\n"
        out += "<h2 id=\"contents\">\(words.contents)</h2>\n<ol>\n"
        for (chapter, _) in chapters {
            out += "<li><a href=\"#\(anchor(chapter.number))\">"
            out += "\(chapter.frontMatter.title)</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        for (chapter, page) in chapters {
            out += "<section class=\"handout-chapter\" id=\"\(anchor(chapter.number))\">\n"
            out += demoted(namespaced(articleOf(page), chapter: chapter.number, pages: pages))
            out += "</section>\n"
        }
        return out
    }

    /// The inside of a page's `<article>`, without its pager, downloads and "back to top" links.
    static func articleOf(_ page: HTML) -> HTML {
        let page = page.description
        guard let start = page.range(of: "<article>\n"),
              let end = page.range(of: "</article>", options: .backwards) else { return HTML() }
        var article = String(page[start.upperBound..<end.lowerBound])
        for (open, close) in [("<nav class=\"pager\"", "</nav>\n"), ("<p class=\"downloads\"", "</p>\n"),
                              ("<p class=\"to-top\"", "</p>\n")] {
            // Searched as bytes, from where the last removal ended: Foundation's `range(of:)`
            // on a long page, again from its start for each removal, took most of a build.
            var kept = ""
            var rest = article[...]
            while let from = rest.firstByteRange(of: open),
                  let to = rest[from.upperBound...].firstByteRange(of: close) {
                kept += rest[..<from.lowerBound]
                rest = rest[to.upperBound...]
            }
            article = kept + rest
        }
        // A page that PageRenderer wrote, less whole elements.
        return HTML(unsafe: article)
    }

    /// `html` of chapter `number` with every id prefixed by the chapter's anchor, links within
    /// the chapter and to other chapters (named in `pages`: page name to chapter number)
    /// pointing into this page, and `aria-labelledby` following its ids.
    static func namespaced(_ html: HTML, chapter number: Int, pages: [String: Int]) -> HTML {
        let prefix = anchor(number) + "-"
        var out = replacingValues(of: "id", in: html.description) { " id=\"\(prefix)\($0)\"" }
        out = replacingValues(of: "aria-labelledby", in: out) { ids in
            " aria-labelledby=\"" + ids.split(separator: " ").map { prefix + $0 }.joined(separator: " ") + "\""
        }
        out = replacingValues(of: "href", in: out, emptyToo: true) { target in
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let page = String(parts[0])
            let fragment = parts.count > 1 ? String(parts[1]) : nil
            if page.isEmpty, let fragment { return " href=\"#\(prefix)\(fragment)\"" }
            guard let other = pages[page] else { return " href=\"\(target)\"" }
            let into = anchor(other)
            return " href=\"#\(into)" + (fragment.map { "-" + $0 } ?? "") + "\""
        }
        // The same HTML: attribute values rebuilt from their own (escaped) text and a plain anchor.
        return HTML(unsafe: out)
    }

    /// `html` with every heading one level lower (`h1` to `h2`, …, `h5` to `h6`): each match
    /// of `<(/?)h([1-5])([ >])` gets its digit one higher, in place.
    static func demoted(_ html: HTML) -> HTML {
        var bytes = Array(html.description.utf8)
        var at = 0
        while at + 3 < bytes.count {
            guard bytes[at] == UInt8(ascii: "<") else {
                at += 1
                continue
            }
            let tag = bytes[at + 1] == UInt8(ascii: "/") ? at + 2 : at + 1
            if tag + 2 < bytes.count, bytes[tag] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[tag + 1]),
               [UInt8(ascii: " "), UInt8(ascii: ">")].contains(bytes[tag + 2]) {
                bytes[tag + 1] += 1
                at = tag + 3
            } else {
                at += 1
            }
        }
        // The same HTML with the digit of each heading's tag one higher.
        return HTML(unsafe: String(decoding: bytes, as: UTF8.self))
    }

    /// `text` with every ` NAME="VALUE"` (VALUE without a `"`, and not empty unless `emptyToo`)
    /// replaced by `transform` of VALUE, as the regular expression ` NAME="([^"]+)"` (`*` with
    /// `emptyToo`) would find them, but searched as bytes: Foundation's regular expressions
    /// over the pages took a tenth of a no-change build.
    private static func replacingValues(of name: String, in text: String, emptyToo: Bool = false,
                                        _ transform: (String) -> String) -> String {
        let opening = " \(name)=\""
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var copied = text.startIndex
        var searched = text[...]
        while let open = searched.firstByteRange(of: opening),
              let close = text[open.upperBound...].firstByteRange(of: "\"") {
            guard emptyToo || close.lowerBound > open.upperBound else {
                searched = text[text.utf8.index(after: open.lowerBound)...]
                continue
            }
            out += text[copied..<open.lowerBound]
            out += transform(String(text[open.upperBound..<close.lowerBound]))
            copied = close.upperBound
            searched = text[copied...]
        }
        return out + text[copied...]
    }
}
