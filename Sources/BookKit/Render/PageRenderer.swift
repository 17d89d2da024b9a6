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
                     provenance: Provenance) -> String {
        let body = ChapterBodyRenderer(book: book, chapter: chapter, result: result, figures: figures,
                                       others: others).html()

        var article = "<header class=\"chapter-header\">\n"
        article += "<p class=\"chapter-number\">\(words.chapter(chapter.number))</p>\n"
        article += "<h1>\(HTML.escape(chapter.frontMatter.title))</h1>\n"
        if let section = chapter.frontMatter.articleSection {
            article += "<p class=\"mirrors\">\(words.mirrors) "
            article += "<span class=\"article-section\">\(HTML.escapeMarkingLanguages(section))</span></p>\n"
        }
        article += "</header>\n"
        if let failure = result.failure, failure.cellIndex == nil {
            article += CellRenderer.failureHTML(failure).description
        }
        for error in errors {
            let failure = Failure(location: error.location ?? SourceLocation(path: chapter.path),
                                  message: error.message, details: error.hint.map { "hint: " + $0 } ?? "",
                                  cellIndex: nil)
            article += CellRenderer.failureHTML(failure).description
        }
        article += body.text
        if chapter.headings.contains(where: { $0.level == 2 }) { article += backToTop }
        article += pager(for: chapter)
        article += downloads(chapter)
        article += footer(provenance)
        return layout(title: chapter.frontMatter.title + " · " + book.settings.title, current: chapter,
                      article: article)
    }

    /// The whole-book handout (`Handout`): the book's title, a contents list, then every
    /// chapter's article (`pages` are the chapters' rendered pages), with no navigation around.
    func handoutPage(_ pages: [(chapter: Chapter, page: String)]) -> String {
        var article = "<header class=\"chapter-header\">\n<h1>\(HTML.escape(book.settings.title))</h1>\n"
        if !book.settings.authors.isEmpty {
            article += "<p class=\"authors\">\(HTML.escape(book.settings.authors))</p>\n"
        }
        article += "</header>\n" + Handout.article(pages, words: words).description
        return layout(title: book.settings.title, current: nil, article: article, navigation: false)
    }

    /// The index page: the book's title, its description, the table of contents and the
    /// downloads of the whole book.
    func indexPage() -> String {
        var article = "<header class=\"chapter-header\">\n<h1>\(HTML.escape(book.settings.title))</h1>\n"
        if !book.settings.authors.isEmpty {
            article += "<p class=\"authors\">\(HTML.escape(book.settings.authors))</p>\n"
        }
        article += "</header>\n"
        article += DocumentRenderer().html(book.settings.descriptionDocument).text
        article += "<h2 id=\"contents\">\(words.contents)</h2>\n<ol class=\"contents\">\n"
        for chapter in book.chapters {
            article += "<li><a href=\"\(chapter.pageName)\">\(HTML.escape(chapter.frontMatter.title))</a>"
            if let section = chapter.frontMatter.articleSection {
                article += " <span class=\"article-section\">(\(HTML.escapeMarkingLanguages(section)))</span>"
            }
            article += "</li>\n"
        }
        article += "</ol>\n"
        if let first = book.chapters.first {
            article += "<nav class=\"pager\"><a class=\"next\" rel=\"next\" href=\"\(first.pageName)\">"
            article += "\(words.startReading(HTML.escape(first.frontMatter.title))) →</a></nav>\n"
        }
        article += "<p class=\"downloads\">\(words.download) <a href=\"\(Handout.name)\">\(words.handout)</a>"
        if StudentCopy.isOffered(by: book) {
            article += " · <a href=\"\(StudentCopy.siteArchiveName)\" download>\(words.studentCopy)</a>"
        }
        article += "</p>\n"
        return layout(title: book.settings.title, current: nil, article: article)
    }

    // MARK: - Parts of a page

    /// The link at the end of a section to the top of the page.
    private var backToTop: String { ChapterBodyRenderer.backToTop(words).text }

    /// A page around `article`; with `navigation`, the sidebar and the phone menu.
    private func layout(title: String, current: Chapter?, article: String, navigation: Bool = true) -> String {
        let menus = navigation ? phoneMenu(current: current) + sidebar(current: current) : ""
        return """
        <!DOCTYPE html>
        <html lang="\(book.settings.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="stylesheet" href="\(Theme.stylesheetName)">
        \(Theme.scriptTag)
        </head>
        <body id="top"\(navigation ? "" : " class=\"handout\"")>
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
    private func sidebar(current: Chapter?) -> String {
        var out = "<nav class=\"sidebar\" aria-label=\"\(words.contents)\">\n"
        out += "<p class=\"book-title\"><a href=\"index.html\">\(HTML.escape(book.settings.title))</a></p>\n"
        return out + searchForm + contents(current: current) + "</nav>\n"
    }

    /// The same contents on phones, behind a ☰ that opens a `<details>` (no script).
    private func phoneMenu(current: Chapter?) -> String {
        var out = "<details class=\"phone-menu\">\n<summary>\(HTML.escape(book.settings.title))</summary>\n"
        out += "<nav aria-label=\"\(words.chaptersAndSections)\">\n" + searchForm
        out += contents(current: current, first: "<li><a href=\"index.html\">\(words.contents)</a></li>\n")
        return out + "</nav>\n</details>\n"
    }

    /// The search box, hidden until `search.js` finds the index (so absent without JavaScript).
    private var searchForm: String {
        "<form class=\"search\" role=\"search\" hidden data-none=\"\(words.searchFoundNothing)\">\n"
            + "<label><span class=\"search-label\">\(words.search)</span> "
            + "<input type=\"search\" autocomplete=\"off\" spellcheck=\"false\"></label>\n"
            + "<div class=\"search-results\" aria-live=\"polite\"></div>\n</form>\n"
    }

    /// The chapters, with the sections of the `current` one under it, after the item `first`.
    private func contents(current: Chapter?, first: String = "") -> String {
        var out = "<ol>\n" + first
        for chapter in book.chapters {
            let isCurrent = chapter.name == current?.name
            out += "<li\(isCurrent ? " class=\"current\"" : "")><a href=\"\(chapter.pageName)\""
            out += "\(isCurrent ? " aria-current=\"page\"" : "")>\(chapter.number). "
            out += "\(HTML.escape(chapter.frontMatter.title))</a>"
            if isCurrent {
                let sections = chapter.headings.filter { $0.level == 2 }
                if !sections.isEmpty {
                    out += "\n<ol class=\"sections\">\n"
                    for section in sections {
                        out += "<li><a href=\"\(HTML.fragmentLink(section.anchor))\">"
                        out += "\(HTML.escape(section.title))</a></li>\n"
                    }
                    out += "</ol>\n"
                }
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    private func pager(for chapter: Chapter) -> String {
        guard let position = book.chapters.firstIndex(where: { $0.name == chapter.name }) else { return "" }
        var out = "<nav class=\"pager\" aria-label=\"\(words.pager)\">\n"
        if position > 0 {
            let previous = book.chapters[position - 1]
            out += "<a class=\"previous\" rel=\"prev\" href=\"\(previous.pageName)\">"
            out += "<span class=\"pager-word\">\(words.previous)</span> ← "
            out += "\(HTML.escape(previous.frontMatter.title))</a>\n"
        } else {
            out += "<a class=\"previous\" rel=\"prev\" href=\"index.html\">← \(words.contents)</a>\n"
        }
        if position + 1 < book.chapters.count {
            let next = book.chapters[position + 1]
            out += "<a class=\"next\" rel=\"next\" href=\"\(next.pageName)\">"
            out += "<span class=\"pager-word\">\(words.next)</span> "
            out += "\(HTML.escape(next.frontMatter.title)) →</a>\n"
        }
        return out + "</nav>\n"
    }

    /// Links to the chapter's Markdown source and to every value the book computed.
    private func downloads(_ chapter: Chapter) -> String {
        "<p class=\"downloads\">\(words.download) <a href=\"\(chapter.sourceName)\" download>"
            + "\(words.chapterSource)</a> · <a href=\"\(ResultsFile.name)\">\(words.computedValues)</a></p>\n"
    }

    private func footer(_ provenance: Provenance) -> String {
        var out = "<footer class=\"provenance\">\n<details>\n<summary>\(words.howThisPageWasBuilt)</summary>\n"
        out += "<p>\(words.computedWith(HTML.escape(provenance.toolchain)))</p>\n"
        out += "<p>\(words.cacheKey) <code>\(provenance.cacheKey)</code>"
        if !provenance.data.isEmpty {
            let data = provenance.data.map { "\(HTML.escape($0.name)) <code>\($0.digest)</code>" }
            out += "; \(words.dataManifests) " + data.joined(separator: ", ")
        }
        return out + ".</p>\n</details>\n</footer>\n"
    }
}
