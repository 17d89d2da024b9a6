extension PipeTableScanner {
    /// `html` (cmark's rendering of the rewritten lines) with each table's paragraph turned
    /// into `<table>` inside `<figure class="table">`. The figure's opening tag and the number
    /// in its caption are `Placeholder.proseTable` and `proseTableNumber`, filled when the page
    /// is rendered and tables are numbered.
    static func assemble(_ html: String, tables: [ProseTable]) -> String {
        MarkedParagraphs.rewrite(html, marker: tableStart) { content in
            var kept: [Substring] = []
            var out = ""
            var table: ProseTable?
            var header: [String] = []
            var rows: [[String]] = []
            var caption: String?
            func finish() {
                guard let table else { return }
                out += tableHTML(table, header: header, rows: rows, caption: caption)
                rows = []
                caption = nil
            }
            for var line in content.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasSuffix("<br />") { line = line.dropLast("<br />".count) }
                if line.hasPrefix(tableStart), let end = line.range(of: tableStartEnd),
                   let index = Int(line[line.index(after: line.startIndex)..<end.lowerBound]),
                   tables.indices.contains(index) {
                    finish()
                    table = tables[index]
                    header = cellTexts(line[end.upperBound...])
                } else if table != nil && line.hasPrefix(rowStart) {
                    rows.append(cellTexts(line.dropFirst()))
                } else if table != nil && line.hasPrefix(captionStart) {
                    caption = String(line.dropFirst().trimmingSpaces())
                } else if table == nil {
                    kept.append(line)
                }
            }
            finish()
            return MarkedParagraphs.paragraph(kept) + out
        }
    }

    private static func cellTexts(_ row: Substring) -> [String] {
        row.components(separatedBy: cellSeparator).map { String($0.trimmingSpaces()) }
    }

    /// The table as the GFM specification writes it (one tag per line, `<tbody>` only with
    /// rows), with `style="text-align: …"` where the specification has the `align` attribute,
    /// which HTML5 no longer has.
    static func tableHTML(
        _ table: ProseTable, header: [String], rows: [[String]], caption: String?
    ) -> String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let alignment = table.alignments.indices.contains(column) ? table.alignments[column] : .none
            let style: String
            switch alignment {
            case .none: style = ""
            case .left: style = " style=\"text-align: left\""
            case .center: style = " style=\"text-align: center\""
            case .right: style = " style=\"text-align: right\""
            }
            return "<\(tag)\(style)>\(text)</\(tag)>\n"
        }
        var out = Placeholder.proseTable(table.index) + "\n<table>\n<thead>\n<tr>\n"
        out += header.enumerated().map { cell("th", $1, $0) }.joined()
        out += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            out += "<tbody>\n"
            for row in rows {
                out += "<tr>\n" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
        if table.hasCaption {
            let text = caption.map { $0.isEmpty ? "" : " " + $0 } ?? ""
            out += "<figcaption>" + Placeholder.proseTableNumber(table.index) + text + "</figcaption>\n"
        }
        return out + "</figure>\n"
    }
}
