/// The citations of one chapter: each checked against the bibliography, shown as author–year
/// links, and the References section that lists the works cited, by author and year.
struct Citations {
    var citations: [Citation]
    var bibliography: Bibliography

    /// Throws at the first citation of a key the bibliography does not have.
    init(_ citations: [Citation], bibliography: Bibliography, path: String) throws {
        self.citations = citations
        self.bibliography = bibliography
        for citation in citations {
            for item in citation.items where bibliography.entries[item.key] == nil {
                let place = SourceLocation(path: path, line: citation.line, column: citation.column)
                guard let bib = bibliography.path else {
                    throw BookError(.input, at: place, "'@\(item.key)' cites a work, but the book has no "
                                        + "chapters/\(Bibliography.fileName)",
                                    hint: "add the work to chapters/\(Bibliography.fileName) in BibTeX")
                }
                throw BookError(.input, at: place, "no entry of \(bib) has the key '\(item.key)'",
                                hint: "add it to \(bib), or correct the key")
            }
        }
    }

    /// The anchor of a work's entry in the References section.
    static func anchor(_ key: String) -> String { "ref-" + key }

    /// The HTML of citation `index`: "Hoerl and Kennard (1970)" in the text, or
    /// "(see Hoerl & Kennard, 1970, p. 7; Bengio et al., 2003)" for one in brackets.
    func citationHTML(_ index: Int) -> String {
        let citation = citations[index]
        let links = citation.items.map { item -> String in
            guard let entry = bibliography.entries[item.key] else { return HTML.escape("@" + item.key) }
            var text: String
            if citation.parenthetical {
                text = item.yearOnly ? entry.year : entry.authorText(parenthetical: true) + ", " + entry.year
                if !item.locator.isEmpty { text += ", " + item.locator }
            } else {
                text = entry.authorText(parenthetical: false) + " (" + entry.year + ")"
            }
            let prefix = item.prefix.isEmpty ? "" : HTML.escape(item.prefix) + " "
            return prefix + "<a class=\"citation\" href=\"#\(HTML.escape(Self.anchor(item.key)))\">"
                + HTML.escape(text) + "</a>"
        }
        let joined = links.joined(separator: "; ")
        return citation.parenthetical ? "(" + joined + ")" : joined
    }

    /// The References section for the end of the page: every work cited, once, ordered by its
    /// authors' family names, then year, then title. Empty when the chapter cites nothing.
    func sectionHTML(heading: String = PageWords.english.references) -> String {
        var keys: [String] = []
        for item in citations.flatMap(\.items) where !keys.contains(item.key) { keys.append(item.key) }
        func order(_ entry: BibEntry) -> (String, String, String) {
            (entry.names.map(\.family).joined(separator: " "), entry.year, entry.fields["title"] ?? "")
        }
        let entries = keys.compactMap { bibliography.entries[$0] }.sorted { order($0) < order($1) }
        guard !entries.isEmpty else { return "" }
        var out = "<section class=\"references\" aria-labelledby=\"references\">\n"
        out += "<h2 id=\"references\">\(HTML.escape(heading))</h2>\n<ul class=\"references\">\n"
        for entry in entries {
            out += "<li id=\"\(HTML.escape(Self.anchor(entry.key)))\">"
            out += bibliography.referenceHTML(entry) + "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }
}
