internal import NotebookChannel

/// A table of values, shown under the cell that calls `show(_:)`.
public struct Table {
    /// Column headings.
    public var columns: [String]
    /// Rows of cells; each row should have one value per column.
    public var rows: [[any NotebookValue]]
    /// A caption that says what to see in the table.
    public var caption: String
    /// A name that prose refers to as `@tbl:name` (letters, digits, `-` and `_`); empty for none.
    public var label: String

    /// A table with the given headings, rows, caption and label.
    public init(columns: [String], rows: [[any NotebookValue]], caption: String = "", label: String = "") {
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.label = label
    }

    var json: String {
        var object = JSONObject(event: .table)
        object.add(.caption, caption)
        object.add(.label, label)
        object.add(.columns, json: JSON.array(columns.map(JSON.string)))
        let cells = rows.map { row in JSON.array(row.map { JSON.string($0.notebookText) }) }
        object.add(.rows, json: JSON.array(cells))
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
