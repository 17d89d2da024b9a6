extension Footnotes {
    /// The superscript link that reference `index` becomes.
    func referenceHTML(_ index: Int) -> HTML {
        let reference = references[index]
        let number = numbers[reference.name] ?? 0
        let repeatCount = references[..<index].filter { $0.name == reference.name }.count
        let id = "fnref-\(number)" + (repeatCount > 0 ? "-\(repeatCount + 1)" : "")
        return "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>"
    }

    /// The list of footnotes for the end of the page; `contents[k]` is the HTML of definition k
    /// (inline content, without `<p>`). Empty when the chapter has none.
    func sectionHTML(contents: [Int: HTML], words: PageWords) -> HTML {
        guard !ordered.isEmpty else { return HTML() }
        var out: HTML = "<section class=\"footnotes\" aria-label=\"\(words.footnotes)\">\n<ol>\n"
        for (position, index) in ordered.enumerated() {
            let number = position + 1
            let name = definitions[index].name
            let count = references.filter { $0.name == name }.count
            let backLinks = (1...count).map { occurrence -> HTML in
                let id = "fnref-\(number)" + (occurrence > 1 ? "-\(occurrence)" : "")
                let label = words.backToReference("\(number)" + (occurrence > 1 ? "-\(occurrence)" : ""))
                let mark: HTML = occurrence > 1 ? "<sup>\(occurrence)</sup>" : ""
                return "<a href=\"#\(id)\" class=\"footnote-back\" aria-label=\"\(label)\">↩\(mark)</a>"
            }
            out += "<li id=\"fn-\(number)\">\n<p>\(contents[index] ?? HTML()) "
            out += HTML(joining: backLinks, separator: " ") + "</p>\n</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }
}
