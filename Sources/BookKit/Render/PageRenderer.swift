import Foundation

/// Renders the pages of the site: one per chapter, and the index.
struct PageRenderer {
    var book: Book

    private var words: PageWords { book.settings.language.words }

    /// The page of `chapter`, with the values of `result` filled into its prose and its tables
    /// and figures numbered by `figures` (the index of `result`); references to other chapters'
    /// labels are resolved with `others` (their indexes, by chapter name, where known).
    /// `errors`, mistakes found once the chapters ran, are shown at the top.
    func chapterPage(_ chapter: Chapter, result: ChapterResult, errors: [BookError] = [],
                     figures: FigureIndex, others: [String: FigureIndex] = [:],
                     provenance: Provenance) -> HTML {
        let body = ChapterBodyRenderer(book: book, chapter: chapter, result: result, figures: figures,
                                       others: others).html()

        var article: HTML = "<header class=\"chapter-header\">\n"
        article += "<p class=\"chapter-number\">\(words.chapter(chapter.number))</p>\n"
        article += "<h1>\(chapter.frontMatter.title)</h1>\n"
        if let section = chapter.frontMatter.articleSection {
            article += "<p class=\"mirrors\">\(words.mirrors) "
            article += "<span class=\"article-section\">\(HTML.markingLanguages(section))</span></p>\n"
        }
        article += "</header>\n"
        if let failure = result.failure, failure.cellIndex == nil {
            article += CellRenderer.failureHTML(failure)
        }
        for error in errors {
            let failure = Failure(location: error.location ?? SourceLocation(path: chapter.path),
                                  message: error.message, details: error.hint.map { "hint: " + $0 } ?? "",
                                  cellIndex: nil)
            article += CellRenderer.failureHTML(failure)
        }
        article += body
        if chapter.headings.contains(where: { $0.level == 2 }) {
            article += ChapterBodyRenderer.backToTop(words)
        }
        article += pager(for: chapter)
        article += downloads(chapter)
        article += footer(provenance)
        return layout(title: chapter.frontMatter.title + " · " + book.settings.title, current: chapter,
                      article: article)
    }

    /// The whole-book handout (`Handout`): the book's title, a contents list, then every
    /// chapter's article (`pages` are the chapters' rendered pages), with no navigation around.
    func handoutPage(_ pages: [(chapter: Chapter, page: HTML)]) -> HTML {
        let article = titleHeader + Handout.article(pages, words: words)
        return layout(title: book.settings.title, current: nil, article: article, navigation: false)
    }

    /// The index page: the book's title, its description, the table of contents and the
    /// downloads of the whole book.
    func indexPage() -> HTML {
        var article = titleHeader
        article += DocumentRenderer().html(book.settings.descriptionDocument)
        article += "<h2 id=\"contents\">\(words.contents)</h2>\n<ol class=\"contents\">\n"
        for chapter in book.chapters {
            article += "<li><a href=\"\(chapter.pageName)\">\(chapter.frontMatter.title)</a>"
            if let section = chapter.frontMatter.articleSection {
                article += " <span class=\"article-section\">(\(HTML.markingLanguages(section)))</span>"
            }
            article += "</li>\n"
        }
        article += "</ol>\n"
        if let first = book.chapters.first {
            article += "<nav class=\"pager\"><a class=\"next\" rel=\"next\" href=\"\(first.pageName)\">"
            article += "\(words.startReading(first.frontMatter.title)) →</a></nav>\n"
        }
        article += "<p class=\"downloads\">\(words.download) <a href=\"\(Handout.name)\">\(words.handout)</a>"
        if StudentCopy.isOffered(by: book) {
            article += " · <a href=\"\(StudentCopy.siteArchiveName)\" download>\(words.studentCopy)</a>"
        }
        article += "</p>\n"
        return layout(title: book.settings.title, current: nil, article: article)
    }

    // MARK: - Parts of a page

    /// The header of the index page and the handout: the book's title and its authors.
    private var titleHeader: HTML {
        var out: HTML = "<header class=\"chapter-header\">\n<h1>\(book.settings.title)</h1>\n"
        if !book.settings.authors.isEmpty {
            out += "<p class=\"authors\">\(book.settings.authors)</p>\n"
        }
        return out + "</header>\n"
    }

    /// A page around `article`; with `navigation`, the sidebar and the phone menu.
    private func layout(title: String, current: Chapter?, article: HTML, navigation: Bool = true) -> HTML {
        let menus = navigation ? phoneMenu(current: current) + sidebar(current: current) : HTML()
        let bodyClass: HTML = navigation ? "" : " class=\"handout\""
        return """
        <!DOCTYPE html>
        <html lang="\(book.settings.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="\(Theme.stylesheetName)">
        \(Theme.scriptTag)
        </head>
        <body id="top"\(bodyClass)>
        <a class="skip" href="#content">\(words.skipToText)</a>
        \(menus)<main id="content">
        <article>
        \(article)</article>
        </main>
        </body>
        </html>

        """
    }

    /// The table of contents beside the text on wide screens.
    private func sidebar(current: Chapter?) -> HTML {
        var out: HTML = "<nav class=\"sidebar\" aria-label=\"\(words.contents)\">\n"
        out += "<p class=\"book-title\"><a href=\"index.html\">\(book.settings.title)</a></p>\n"
        return out + searchForm + contents(current: current) + "</nav>\n"
    }

    /// The same contents on phones, behind a ☰ that opens a `<details>` (no script).
    private func phoneMenu(current: Chapter?) -> HTML {
        var out: HTML = "<details class=\"phone-menu\">\n<summary>\(book.settings.title)</summary>\n"
        out += "<nav aria-label=\"\(words.chaptersAndSections)\">\n" + searchForm
        out += contents(current: current, first: "<li><a href=\"index.html\">\(words.contents)</a></li>\n")
        return out + "</nav>\n</details>\n"
    }

    /// The search box, hidden until `search.js` finds the index (so absent without JavaScript).
    private var searchForm: HTML {
        "<form class=\"search\" role=\"search\" hidden data-none=\"\(words.searchFoundNothing)\">\n"
            + "<label><span class=\"search-label\">\(words.search)</span> "
            + "<input type=\"search\" autocomplete=\"off\" spellcheck=\"false\"></label>\n"
            + "<div class=\"search-results\" aria-live=\"polite\"></div>\n</form>\n"
    }

    /// The chapters, with the sections of the `current` one under it, after the item `first`.
    private func contents(current: Chapter?, first: HTML = HTML()) -> HTML {
        var out: HTML = "<ol>\n" + first
        for chapter in book.chapters {
            let isCurrent = chapter.name == current?.name
            let currentClass: HTML = isCurrent ? " class=\"current\"" : ""
            let currentPage: HTML = isCurrent ? " aria-current=\"page\"" : ""
            out += "<li\(currentClass)><a href=\"\(chapter.pageName)\"\(currentPage)>\(chapter.number). "
            out += "\(chapter.frontMatter.title)</a>"
            if isCurrent {
                let sections = chapter.headings.filter { $0.level == 2 }
                if !sections.isEmpty {
                    out += "\n<ol class=\"sections\">\n"
                    for section in sections {
                        out += "<li><a href=\"\(HTML.fragmentLink(section.anchor))\">"
                        out += "\(section.title)</a></li>\n"
                    }
                    out += "</ol>\n"
                }
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    private func pager(for chapter: Chapter) -> HTML {
        guard let position = book.chapters.firstIndex(where: { $0.name == chapter.name }) else {
            return HTML()
        }
        var out: HTML = "<nav class=\"pager\" aria-label=\"\(words.pager)\">\n"
        if position > 0 {
            let previous = book.chapters[position - 1]
            out += "<a class=\"previous\" rel=\"prev\" href=\"\(previous.pageName)\">"
            out += "<span class=\"pager-word\">\(words.previous)</span> ← "
            out += "\(previous.frontMatter.title)</a>\n"
        } else {
            out += "<a class=\"previous\" rel=\"prev\" href=\"index.html\">← \(words.contents)</a>\n"
        }
        if position + 1 < book.chapters.count {
            let next = book.chapters[position + 1]
            out += "<a class=\"next\" rel=\"next\" href=\"\(next.pageName)\">"
            out += "<span class=\"pager-word\">\(words.next)</span> \(next.frontMatter.title) →</a>\n"
        }
        return out + "</nav>\n"
    }

    /// Links to the chapter's Markdown source and to every value the book computed.
    private func downloads(_ chapter: Chapter) -> HTML {
        "<p class=\"downloads\">\(words.download) <a href=\"\(chapter.sourceName)\" download>"
            + "\(words.chapterSource)</a> · <a href=\"\(ResultsFile.name)\">\(words.computedValues)</a></p>\n"
    }

    private func footer(_ provenance: Provenance) -> HTML {
        var out: HTML = "<footer class=\"provenance\">\n<details>\n"
        out += "<summary>\(words.howThisPageWasBuilt)</summary>\n"
        out += "<p>\(words.computedWith(provenance.toolchain))</p>\n"
        out += "<p>\(words.cacheKey) <code>\(provenance.cacheKey.description)</code>"
        if !provenance.data.isEmpty {
            let data = provenance.data.map { data -> HTML in "\(data.name) <code>\(data.digest)</code>" }
            out += "; \(words.dataManifests) \(HTML(joining: data, separator: ", "))"
        }
        return out + ".</p>\n</details>\n</footer>\n"
    }
}
