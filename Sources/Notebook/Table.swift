internal import NotebookChannel

/// A table of values, shown under the cell that calls `show(_:)`.
public struct Table {
    /// Column headings.
    public var columns: [String]
    /// Rows of cells; each row should have one value per column.
    public var rows: [[any NotebookValue]]
    /// The format of each column's numbers; a column without one is `.automatic`.
    public var formats: [ColumnFormat]
    /// A caption that says what to see in the table.
    public var caption: String
    /// A name that prose refers to as `@tbl:name` (letters, digits, `-` and `_`); empty for none.
    public var label: String

    /// A table with the given headings, rows, column formats, caption and label.
    public init(columns: [String], rows: [[any NotebookValue]], formats: [ColumnFormat] = [],
                caption: String = "", label: String = "") {
        self.columns = columns
        self.rows = rows
        self.formats = formats
        self.caption = caption
        self.label = label
    }

    /// The text of every cell: each column's numbers in its format, then, in a column that
    /// holds a number of five digits or more, four-digit numbers grouped too.
    var cellTexts: [[String]] {
        var texts = rows.map { $0.map(\.notebookText) }
        for column in columns.indices {
            let numbers = rows.indices.compactMap { row -> (row: Int, value: Double)? in
                guard column < rows[row].count else { return nil }
                switch rows[row][column] {
                case let value as Double: return (row, value)
                case let value as Float: return (row, Double(value))
                case let value as Int: return (row, Double(value))
                default: return nil
                }
            }
            let format = column < formats.count ? formats[column] : .automatic
            for (number, text) in zip(numbers, format.texts(numbers.map(\.value))) {
                texts[number.row][column] = text
            }
            let cells = texts.indices.filter { column < texts[$0].count }
            if cells.contains(where: { Format.containsGroupedNumber(texts[$0][column]) }) {
                for row in cells {
                    texts[row][column] = Format.groupingFourDigitNumbers(in: texts[row][column])
                }
            }
        }
        return texts
    }

    var json: String {
        var object = JSONObject(event: .table)
        object.add(.caption, caption)
        object.add(.label, label)
        object.add(.columns, json: JSON.array(columns.map(JSON.string)))
        object.add(.rows, json: JSON.array(cellTexts.map { JSON.array($0.map(JSON.string)) }))
        return object.text
    }
}

/// Shows a table under the current cell.
public func show(_ table: Table) {
    precondition(
        table.rows.allSatisfy { $0.count == table.columns.count },
        "every row of a table needs one value per column (\(table.columns.count))"
    )
    OutputChannel.send(rawJSON: table.json)
}
