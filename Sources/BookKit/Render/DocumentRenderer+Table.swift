extension DocumentRenderer {
    /// A prose table as the GFM specification writes it (one tag per line, `<tbody>` only with
    /// rows), with `style="text-align: …"` where the specification has the `align` attribute,
    /// which HTML5 no longer has, inside a `<figure>` with its caption.
    func write(_ content: TableContent, into out: inout HTML) {
        let table = book.table(content.index)
        func cell(_ tag: HTML, _ inlines: [Inline], _ column: Int) -> HTML {
            let alignments = table?.alignments ?? []
            let style: HTML
            switch alignments.indices.contains(column) ? alignments[column] : .none {
            case .none: style = ""
            case .left: style = " style=\"text-align: left\""
            case .center: style = " style=\"text-align: center\""
            case .right: style = " style=\"text-align: right\""
            }
            var html: HTML = "<\(tag)\(style)>"
            write(inlines, into: &html)
            return html + "</\(tag)>\n"
        }
        out += book.tableOpening(content.index) + "\n<table>\n<thead>\n<tr>\n"
        for (column, inlines) in content.header.enumerated() { out += cell("th", inlines, column) }
        out += "</tr>\n</thead>\n"
        if !content.rows.isEmpty {
            out += "<tbody>\n"
            for row in content.rows {
                out += "<tr>\n"
                for (column, inlines) in row.enumerated() { out += cell("td", inlines, column) }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
        if table?.hasCaption == true {
            var caption = HTML()
            write(content.caption ?? [], into: &caption)
            out += "<figcaption>" + book.tableNumber(content.index)
            out += (caption.isEmpty ? "" : " " + caption) + "</figcaption>\n"
        }
        out += "</figure>\n"
    }
}
