import Yams

/// Settings of the whole book, from `chapters/book.yml`.
public struct BookSettings: Equatable, Sendable {
    /// The book's title, on every page.
    public var title = "Untitled book"
    /// One paragraph about the book, for the index page (Markdown).
    public var description = ""
    /// The description, parsed.
    var descriptionDocument: [Block] { Cmark.document(of: description) }
    /// The authors, shown on the index page.
    public var authors = ""
    /// Whether raw HTML in chapters is passed through (cmark's unsafe mode); off by default.
    public var allowRawHTML = false
    /// The language of the pages (`en` or `zh`): their `lang` and the words the engine writes.
    public var language = PageLanguage.english

    static let fileName = "book.yml"

    /// Reads the settings file at `path`; every key is optional.
    static func parse(_ yaml: String, path: String) throws -> BookSettings {
        var settings = BookSettings()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw BookError(.input, at: SourceLocation(path: path, line: error.mark?.line ?? 0,
                                                       column: error.mark?.column ?? 0),
                            "book settings are not valid YAML: \(error.problem)")
        }
        guard let root else { return settings }
        guard let mapping = root.mapping else {
            throw BookError(.input, at: SourceLocation(path: path, line: 1, column: 1),
                            "book settings must be a mapping of keys to values")
        }
        for (keyNode, value) in mapping {
            let location = SourceLocation(path: path, line: keyNode.mark?.line ?? 0,
                                          column: keyNode.mark?.column ?? 0)
            let key = keyNode.string ?? ""
            switch key {
            case "title", "description", "authors":
                guard let text = value.scalar?.string else {
                    throw BookError(.input, at: location, "'\(key)' must be a string")
                }
                if key == "title" { settings.title = text }
                if key == "description" { settings.description = text }
                if key == "authors" { settings.authors = text }
            case "allow-raw-html":
                guard let flag = value.bool else {
                    throw BookError(.input, at: location, "'allow-raw-html' must be true or false")
                }
                settings.allowRawHTML = flag
            case "language":
                let known = PageLanguage.allCases.map(\.rawValue)
                guard let code = value.scalar?.string, let language = PageLanguage(rawValue: code) else {
                    let given = value.scalar.map { "'\($0.string)'" } ?? "a value that is not a string"
                    throw BookError(.input, at: location, "unknown page language \(given) in 'language'",
                                    hint: "the languages are: " + known.joined(separator: ", ")
                                        + "; mark a span of another language in prose with [text]{lang=xx}")
                }
                settings.language = language
            default:
                throw BookError(.input, at: location, "unknown book setting '\(key)'",
                                hint: "the settings are: title, description, authors, allow-raw-html, "
                                    + "language")
            }
        }
        return settings
    }
}
