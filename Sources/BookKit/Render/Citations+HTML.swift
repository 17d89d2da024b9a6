extension Citations {
    /// The HTML of citation `index`: "Hoerl and Kennard (1970)" in the text, or
    /// "(see Hoerl & Kennard, 1970, p. 7; Bengio et al., 2003)" for one in brackets.
    func citationHTML(_ index: Int) -> HTML {
        let citation = citations[index]
        let links = citation.items.map { item -> HTML in
            guard let entry = bibliography.entries[item.key] else { return "\("@" + item.key)" }
            var text: String
            if citation.parenthetical {
                text = item.yearOnly ? entry.year : entry.authorText(parenthetical: true) + ", " + entry.year
                if !item.locator.isEmpty { text += ", " + item.locator }
            } else {
                text = entry.authorText(parenthetical: false) + " (" + entry.year + ")"
            }
            let prefix: HTML = item.prefix.isEmpty ? "" : "\(item.prefix) "
            return "\(prefix)<a class=\"citation\" href=\"#\(Self.anchor(item.key))\">\(text)</a>"
        }
        let joined = HTML(joining: links, separator: "; ")
        return citation.parenthetical ? "(\(joined))" : joined
    }

    /// The References section for the end of the page: every work cited, once, ordered by its
    /// authors' family names, then year, then title. Empty when the chapter cites nothing.
    func sectionHTML(heading: String) -> HTML {
        var keys: [String] = []
        for item in citations.flatMap(\.items) where !keys.contains(item.key) { keys.append(item.key) }
        func order(_ entry: BibEntry) -> (String, String, String) {
            (entry.names.map(\.family).joined(separator: " "), entry.year, entry.fields["title"] ?? "")
        }
        let entries = keys.compactMap { bibliography.entries[$0] }.sorted { order($0) < order($1) }
        guard !entries.isEmpty else { return HTML() }
        var out: HTML = "<section class=\"references\" aria-labelledby=\"references\">\n"
        out += "<h2 id=\"references\">\(heading)</h2>\n<ul class=\"references\">\n"
        for entry in entries {
            out += "<li id=\"\(Self.anchor(entry.key))\">\(bibliography.referenceHTML(entry))</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }
}
