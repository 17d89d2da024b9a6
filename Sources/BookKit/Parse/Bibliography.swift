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
}
