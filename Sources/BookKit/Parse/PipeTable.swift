/// A table written in the prose as GitHub Flavored Markdown defines it: a header row, a
/// delimiter row with `:` for alignment, then body rows; optionally followed by a Pandoc
/// caption line `Table: caption {#tbl:name}`.
struct ProseTable: Equatable, Sendable {
    enum Alignment: Equatable, Sendable {
        case none, left, center, right
    }

    var index: Int
    /// The line of the header row.
    var line: Int
    var alignments: [Alignment]
    /// Whether a `Table:` line gives it a caption (and so a number).
    var hasCaption: Bool
    /// The name `@tbl:name` refers to it by.
    var label: String?
}

/// Finds pipe tables in the lines of a chapter before cmark parses it, and rewrites each row as
/// a line of cells between `SourceMarks`, so that cmark parses the cells' inline Markdown (and
/// the inline values in them) as one paragraph whose lines are the rows; `TableAssembler` then
/// turns that paragraph into a `Block.table`. Every line keeps its number.
///
/// Tables are found at the top level of a chapter and inside callouts, not inside lists or
/// block quotes. A table may interrupt a paragraph (the paragraph ends before it), and ends at a
/// blank line or at a line that starts another block.
enum PipeTableScanner {
    static func protect(_ lines: inout [String], codeLines: Set<Int>, marks: SourceMarks,
                        path: String) throws -> [ProseTable] {
        let separator = " " + marks.cellSeparator + " "
        var tables: [ProseTable] = []
        var row = 0
        while row + 1 < lines.count {
            guard !codeLines.contains(row + 1), !codeLines.contains(row + 2),
                  let header = cells(of: lines[row]), let alignments = delimiterRow(lines[row + 1]),
                  header.count == alignments.count else {
                row += 1
                continue
            }
            let index = tables.count
            lines[row] = marks.tableStart + "\(index)" + marks.tableStartEnd + " "
                + header.joined(separator: separator)
            lines[row + 1] = marks.ignoredLine
            var next = row + 2
            while next < lines.count, !codeLines.contains(next + 1), !isBlank(lines[next]),
                  caption(lines[next]) == nil, !startsAnotherBlock(lines[next]) {
                var rowCells = cells(of: lines[next]) ?? [String(lines[next].trimmingSpaces())]
                rowCells = Array(rowCells.prefix(header.count))
                rowCells += Array(repeating: "", count: header.count - rowCells.count)
                lines[next] = marks.rowStart + " " + rowCells.joined(separator: separator)
                next += 1
            }
            var table = ProseTable(index: index, line: row + 1, alignments: alignments, hasCaption: false)
            var captionRow = next
            if captionRow < lines.count, isBlank(lines[captionRow]), captionRow + 1 < lines.count,
               caption(lines[captionRow + 1]) != nil {
                captionRow += 1
            }
            if captionRow < lines.count, !codeLines.contains(captionRow + 1),
               let text = caption(lines[captionRow]) {
                let location = SourceLocation(path: path, line: captionRow + 1, column: 1)
                let (captionText, label) = try splitLabel(text, at: location)
                if captionRow > next { lines[next] = marks.ignoredLine }
                lines[captionRow] = marks.captionStart + " " + captionText
                table.hasCaption = true
                table.label = label
                next = captionRow + 1
            }
            tables.append(table)
            row = next
        }
        return tables
    }

    // MARK: - Rows

    /// The cells of a row, or nil when the line has no unescaped `|` (a line without one can
    /// still be a body row, of one cell). `\|` becomes `|` in a cell, code spans included.
    static func cells(of line: String) -> [String]? {
        let leading = line.prefix { $0 == " " }.count
        guard leading <= 3 else { return nil }
        var text = line.trimmingSpaces()
        var pieces: [String] = []
        var current = ""
        var sawPipe = false
        var index = text.startIndex
        if text.hasPrefix("|") { text = text.dropFirst(); sawPipe = true; index = text.startIndex }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\\", next < text.endIndex, text[next] == "|" {
                current.append("|")
                index = text.index(after: next)
                continue
            }
            if character == "|" {
                pieces.append(current)
                current = ""
                sawPipe = true
            } else {
                current.append(character)
            }
            index = next
        }
        if !current.trimmingSpaces().isEmpty || pieces.isEmpty { pieces.append(current) }
        guard sawPipe else { return nil }
        return pieces.map { String($0.trimmingSpaces()) }
    }

    /// The alignments of a delimiter row (`| :--- | :-: | --: |`), or nil for another line.
    static func delimiterRow(_ line: String) -> [ProseTable.Alignment]? {
        guard line.contains("-"), let cells = cells(of: line) else { return nil }
        var alignments: [ProseTable.Alignment] = []
        for cell in cells {
            let left = cell.hasPrefix(":")
            let right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    private static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Whether `line` starts a block that ends a table: a block quote, heading, fence, list
    /// item, thematic break or HTML block, or a callout fence.
    static func startsAnotherBlock(_ line: String) -> Bool {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3, let first = body.first else { return false }
        switch first {
        case ">", "<": return true
        case "#": return body.drop { $0 == "#" }.first.map { $0 == " " } ?? true
        case "`", "~": return body.hasPrefix(String(repeating: first, count: 3))
        case ":": return body.hasPrefix(":::")
        case "-", "*", "+", "_":
            let marks = body.filter { $0 != " " }
            if marks.count >= 3 && marks.allSatisfy({ $0 == first }) { return true }
            return first != "_" && (body.dropFirst().first == " " || body.count == 1)
        default:
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return false }
            let after = body.dropFirst(digits.count)
            let delimited = after.first == "." || after.first == ")"
            return delimited && (after.count == 1 || after.dropFirst().first == " ")
        }
    }

    // MARK: - Caption

    /// The text after `Table:` on a caption line.
    static func caption(_ line: String) -> String? {
        for prefix in ["Table:", "table:"] where line.hasPrefix(prefix) {
            return String(line.dropFirst(prefix.count).trimmingSpaces())
        }
        return nil
    }

    /// The caption without a trailing `{#tbl:name}`, and the name.
    private static func splitLabel(_ text: String, at location: SourceLocation) throws -> (String, String?) {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else {
            return (text, nil)
        }
        let attribute = text[open.upperBound..<text.index(before: text.endIndex)]
        guard attribute.hasPrefix("tbl:"), CrossReference.isValidLabel(String(attribute.dropFirst(4))) else {
            throw BookError(.input, at: location, "'{#\(attribute)}' is not a table label",
                            hint: "write {#tbl:name}, with a name of ASCII letters, digits, '-' and '_'")
        }
        return (String(text[..<open.lowerBound].trimmingSpaces()), String(attribute.dropFirst(4)))
    }
}
