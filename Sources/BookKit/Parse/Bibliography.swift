import Foundation

/// The works the book may cite: the entries of `chapters/references.bib`, by key.
public struct Bibliography: Sendable {
    public static let fileName = "references.bib"

    public private(set) var entries: [String: BibEntry] = [:]
    /// Where the file is, for messages (`chapters/references.bib`); nil when the book has none.
    public var path: String?

    public init() {}

    /// Parses the text of the `.bib` file at `path`; throws at the line of a malformed entry.
    public init(_ text: String, path: String) throws {
        self.path = path
        for entry in try BibTeXParser.parse(text, path: path) { entries[entry.key] = entry }
    }

    /// One work in the References section, in an APA-like style: authors, year, title, where it
    /// appeared, and a DOI or URL link.
    func referenceHTML(_ entry: BibEntry) -> String {
        let names = entry.names.map(\.listed)
        var authors: String
        switch names.count {
        case 0: authors = ""
        case 1: authors = names[0]
        case 2: authors = names[0] + ", & " + names[1]
        default: authors = names.dropLast().joined(separator: ", ") + ", & " + names.last!
        }
        let field = { (name: String) in entry.fields[name].map(HTML.escape) }
        let title = field("title") ?? ""
        var out = authors.isEmpty ? "" : HTML.escape(authors) + " "
        out += "(\(HTML.escape(entry.year))). "
        func sentence(_ text: String) -> String {
            text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "."
        }
        switch entry.type {
        case "article":
            out += sentence(title)
            if let journal = field("journal") {
                out += " <i>\(journal)</i>"
                if let volume = field("volume") { out += ", <i>\(volume)</i>" }
                if let number = field("number") { out += "(\(number))" }
                if let pages = field("pages") { out += ", \(pages)" }
                out += "."
            }
        case "inproceedings", "conference", "incollection":
            out += sentence(title)
            if let book = field("booktitle") {
                out += " In <i>\(book)</i>"
                if let pages = field("pages") { out += " (pp. \(pages))" }
                out += "."
            }
            if let publisher = field("publisher") { out += " \(sentence(publisher))" }
        default:
            out += "<i>\(sentence(title))</i>"
            for name in ["howpublished", "institution", "school", "publisher", "note"] {
                if let text = field(name) { out += " \(sentence(text))" }
            }
        }
        if let doi = entry.fields["doi"] {
            let url = "https://doi.org/" + doi
            out += " <a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>"
        } else if let url = entry.fields["url"] {
            out += " <a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>"
        }
        return out
    }
}
