/// Turns the paragraphs that hold a table's rows (as `PipeTableScanner` marked them) into
/// `Block.table`s: each line is a row, its cells separated by `SourceMarks.cellSeparator`.
enum TableAssembler {
    /// The blocks that `inlines`, a paragraph's content, stand for: the paragraph of its lines
    /// before the first table (if any), then each table; nil when it holds no table.
    static func blocks(_ inlines: [Inline], line: Int, tables: [ProseTable], marks: SourceMarks) -> [Block]? {
        let lines = InlineLine.lines(of: inlines)
        guard lines.contains(where: { $0.leadingText?.hasPrefix(marks.tableStart) == true }) else { return nil }
        var kept: [InlineLine] = []
        var blocks: [Block] = []
        var table: TableContent?
        func finish() {
            if let table { blocks.append(.table(table)) }
        }
        for row in lines {
            let text = row.leadingText ?? ""
            if text.hasPrefix(marks.tableStart), let end = text.range(of: marks.tableStartEnd),
               let index = Int(text[text.index(after: text.startIndex)..<end.lowerBound]),
               tables.indices.contains(index) {
                finish()
                let header = cells(row.replacingLeadingText(with: text[end.upperBound...]), marks: marks)
                table = TableContent(index: index, header: header, rows: [], caption: nil)
            } else if table != nil && text.hasPrefix(marks.rowStart) {
                table!.rows.append(cells(row.replacingLeadingText(with: text.dropFirst()), marks: marks))
            } else if table != nil && text.hasPrefix(marks.captionStart) {
                table!.caption = row.replacingLeadingText(with: text.dropFirst()).trimmingSpaces()
            } else if table == nil {
                kept.append(row)
            }
        }
        finish()
        let paragraph = InlineLine.joined(kept, keepingBreaks: false)
        return (kept.isEmpty ? [] : [.paragraph(paragraph, line: line)]) + blocks
    }

    /// The cells of a row's content, each without spaces at its ends.
    private static func cells(_ content: [Inline], marks: SourceMarks) -> [[Inline]] {
        var cells: [[Inline]] = [[]]
        for inline in content {
            guard case let .text(text, line, column) = inline, text.contains(marks.cellSeparator) else {
                cells[cells.count - 1].append(inline)
                continue
            }
            for (position, piece) in text.components(separatedBy: marks.cellSeparator).enumerated() {
                if position > 0 { cells.append([]) }
                if !piece.isEmpty { cells[cells.count - 1].append(.text(piece, line: line, column: column)) }
            }
        }
        return cells.map { $0.trimmingSpaces() }
    }
}
