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
}
