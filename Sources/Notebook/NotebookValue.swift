internal import NotebookChannel

/// A value that a cell can show in a table, put in prose as an inline value, or export.
public protocol NotebookValue {
    /// The text a reader sees.
    var notebookText: String { get }
    /// The value as JSON, for `output/results.json`.
    var notebookJSON: String { get }
}

extension Double: NotebookValue {
    /// Four significant digits: see `Format.significant(_:digits:)`.
    public var notebookText: String { Format.significant(self, digits: 4) }
    public var notebookJSON: String { JSON.number(self) }
}

extension Float: NotebookValue {
    public var notebookText: String { Double(self).notebookText }
    public var notebookJSON: String { Double(self).notebookJSON }
}

extension Int: NotebookValue {
    /// Grouped from 10,000, with the minus sign: see `Format.grouped(_:)`.
    public var notebookText: String { Format.grouped(self) }
    public var notebookJSON: String { String(self) }
}

extension String: NotebookValue {
    public var notebookText: String { self }
    public var notebookJSON: String { JSON.string(self) }
}

extension Bool: NotebookValue {
    public var notebookText: String { self ? "true" : "false" }
    public var notebookJSON: String { notebookText }
}

extension Array: NotebookValue where Element: NotebookValue {
    public var notebookText: String { map(\.notebookText).joined(separator: ", ") }
    public var notebookJSON: String { JSON.array(map(\.notebookJSON)) }
}

/// A value with an explicit format, made by the functions of `Format` (and their
/// shorthands `fixed`, `significant`, `percent`, `grouped`, `scientific`).
public struct Formatted: NotebookValue, CustomStringConvertible {
    /// The formatted text.
    public let text: String
    /// The unformatted value, as JSON.
    public let json: String

    public var notebookText: String { text }
    public var notebookJSON: String { json }
    public var description: String { text }
}
