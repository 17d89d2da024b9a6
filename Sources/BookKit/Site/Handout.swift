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
        var out = replacing(#" id="([^"]+)""#, in: html.description) { " id=\"\(prefix)\($0)\"" }
        out = replacing(#" aria-labelledby="([^"]+)""#, in: out) { ids in
            " aria-labelledby=\"" + ids.split(separator: " ").map { prefix + $0 }.joined(separator: " ") + "\""
        }
        out = replacing(#" href="([^"]*)""#, in: out) { target in
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

    /// `html` with every heading one level lower (`h1` to `h2`, …, `h5` to `h6`).
    static func demoted(_ html: HTML) -> HTML {
        let out = replacing(#"<(/?)h([1-5])([ >])"#, groups: 3, in: html.description) { groups in
            "<\(groups[0])h\(Int(groups[1])! + 1)\(groups[2])"
        }
        // The same HTML with the digit of each heading's tag one higher.
        return HTML(unsafe: out)
    }

    /// `text` with every match of `pattern` replaced by `transform` of its first group.
    private static func replacing(_ pattern: String, in text: String,
                                  _ transform: (String) -> String) -> String {
        replacing(pattern, groups: 1, in: text) { transform($0[0]) }
    }

    /// `text` with every match of `pattern` replaced by `transform` of its first `groups` groups.
    private static func replacing(_ pattern: String, groups: Int, in text: String,
                                  _ transform: ([String]) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern)
        let source = text as NSString
        var out = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            out += source.substring(with: NSRange(location: last, length: match.range.location - last))
            out += transform((1...groups).map { source.substring(with: match.range(at: $0)) })
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }
}
