extension Bibliography {
    /// One work in the References section, in an APA-like style: authors, year, title, where it
    /// appeared, and a DOI or URL link.
    func referenceHTML(_ entry: BibEntry) -> HTML {
        let names = entry.names.map(\.listed)
        var authors: String
        switch names.count {
        case 0: authors = ""
        case 1: authors = names[0]
        case 2: authors = names[0] + ", & " + names[1]
        default: authors = names.dropLast().joined(separator: ", ") + ", & " + names.last!
        }
        let title = entry.fields["title"] ?? ""
        var out: HTML = authors.isEmpty ? "" : "\(authors) "
        out += "(\(entry.year)). "
        func sentence(_ text: String) -> String {
            text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "."
        }
        switch entry.type {
        case "article":
            out += "\(sentence(title))"
            if let journal = entry.fields["journal"] {
                out += " <i>\(journal)</i>"
                if let volume = entry.fields["volume"] { out += ", <i>\(volume)</i>" }
                if let number = entry.fields["number"] { out += "(\(number))" }
                if let pages = entry.fields["pages"] { out += ", \(pages)" }
                out += "."
            }
        case "inproceedings", "conference", "incollection":
            out += "\(sentence(title))"
            if let book = entry.fields["booktitle"] {
                out += " In <i>\(book)</i>"
                if let pages = entry.fields["pages"] { out += " (pp. \(pages))" }
                out += "."
            }
            if let publisher = entry.fields["publisher"] { out += " \(sentence(publisher))" }
        default:
            out += "<i>\(sentence(title))</i>"
            for name in ["howpublished", "institution", "school", "publisher", "note"] {
                if let text = entry.fields[name] { out += " \(sentence(text))" }
            }
        }
        if let url = entry.fields["doi"].map({ "https://doi.org/" + $0 }) ?? entry.fields["url"] {
            out += " <a href=\"\(url)\">\(url)</a>"
        }
        return out
    }
}
