/// Renders the prose of a chapter's page from its document: the Markdown, and the book's nodes
/// with what the run of the chapter made (cells' outputs, inline values) and the numbers of its
/// figures and tables; then the References and the footnotes.
struct ChapterBodyRenderer {
    var book: Book
    var chapter: Chapter
    var result: ChapterResult
    /// The chapter's figures and tables, and those of the other chapters by name (where known).
    var figures: FigureIndex
    var others: [String: FigureIndex]

    private var words: PageWords { chapter.language.words }

    /// The HTML of the chapter's prose.
    func html() -> HTML {
        let renderer = DocumentRenderer(allowRawHTML: chapter.allowsRawHTML, book: nodes())
        var out = renderer.html(chapter.body)
        if let citations = chapter.citations { out += citations.sectionHTML(heading: words.references) }
        if let footnotes = chapter.footnotes {
            let contents = chapter.footnoteContents.mapValues { renderer.inlineHTML([.paragraph($0, line: 0)]) }
            out += footnotes.sectionHTML(contents: contents, words: words)
        }
        return out
    }

    private func nodes() -> BookNodeHTML {
        let cellRenderer = CellRenderer(chapter: chapter)
        let exercises = Dictionary(uniqueKeysWithValues: chapter.exercises.map { ($0.line, $0) })
        var nodes = BookNodeHTML()
        nodes.cell = { index in
            guard let cell = chapter.cells.first(where: { $0.index == index }) else { return HTML() }
            let failure = result.failure?.cellIndex == cell.index ? result.failure : nil
            return cellRenderer.html(cell, output: result.output(ofCell: cell.index), failure: failure,
                                     figures: figures.entries(ofCell: cell.index))
        }
        nodes.value = { index in
            guard result.inlineValues.indices.contains(index), let text = result.inlineValues[index] else {
                return "<span class=\"value missing\" title=\"\(words.notComputed)\">??</span>"
            }
            return "<span class=\"value\">\(text)</span>"
        }
        nodes.math = { chapter.formulas[$0].html(chapter: chapter.number) }
        nodes.reference = { referenceHTML(chapter.references[$0]) }
        nodes.footnote = { chapter.footnotes?.referenceHTML($0) ?? HTML() }
        nodes.citation = { chapter.citations?.citationHTML($0) ?? HTML() }
        // A callout's title="…" is prose of the chapter: values, formulas, references.
        let titles = DocumentRenderer(allowRawHTML: chapter.allowsRawHTML, book: nodes)
        nodes.calloutOpen = { index in
            let callout = chapter.callouts[index]
            return callout.openingHTML(exercise: exercises[callout.line], words: words,
                                       title: titles.inlineHTML(callout.titleBlocks))
        }
        nodes.calloutClose = { chapter.callouts[$0].closingHTML }
        nodes.sectionOpening = { index in
            let section = chapter.headings[index]
            // A section's end, the start of the next one, gets a way back to the top.
            let endsASection = section.level == 2 && chapter.headings[..<index].contains { $0.level == 2 }
            let link = HTML.fragmentLink(section.anchor)
            return (endsASection ? Self.backToTop(words) : HTML())
                + "<h\(section.level) id=\"\(section.anchor)\">"
                + "<a class=\"anchor\" href=\"\(link)\""
                + " aria-hidden=\"true\" tabindex=\"-1\">#</a>"
        }
        nodes.sectionClosing = { "</h\(chapter.headings[$0].level)>\n" }
        nodes.table = { index in chapter.proseTables.first { $0.index == index } }
        nodes.tableOpening = { index in
            guard let entry = figures.entry(ofProseTable: index) else { return "<figure class=\"table\">" }
            return "<figure class=\"table\" id=\"\(entry.anchor)\">"
        }
        nodes.tableNumber = { index in
            "<span class=\"label\">\(figures.entry(ofProseTable: index)?.number ?? words.table).</span>"
        }
        return nodes
    }

    /// The link at the end of a section to the top of the page.
    static func backToTop(_ words: PageWords) -> HTML {
        "<p class=\"to-top\"><a href=\"#top\">↑ \(words.backToTop)</a></p>\n"
    }
}
