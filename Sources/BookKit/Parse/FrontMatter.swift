import Yams

/// A chapter's settings, from the YAML block between `---` lines at the top of its file.
public struct FrontMatter: Equatable, Sendable {
    /// The chapter's title (required).
    public var title: String
    /// The section of the original article that the chapter mirrors.
    public var articleSection: String?
    /// How long the chapter's program may run, in seconds.
    public var timeLimit: Double = 600
    /// The corpora the chapter reads (`aclsum`, `chitchat`); their manifests enter the cache key.
    public var data: [String] = []
    /// Earlier chapters whose exported values this chapter reads with `imported(_:_:)`; they
    /// run first, and their values enter this chapter's cache key.
    public var uses: [String] = []
    /// The line of the front matter, for messages about its values.
    public var line = 2
    /// The line of each key that the front matter sets (`timeout` -> 3), for messages about it.
    public var keyLines: [String: Int] = [:]
    /// The line of each corpus named under `data:`.
    public var dataLines: [String: Int] = [:]

    /// The keys a chapter may set, with what each expects.
    static let keys: [(name: String, expects: String)] = [
        ("title", "a string"),
        ("section", "a string: the article section the chapter mirrors"),
        ("timeout", "a number of seconds"),
        ("data", "a list of corpus names"),
        ("uses", "a list of chapter names such as 02-principles"),
    ]
}

/// Splits a chapter file into front matter and body, and reads the front matter.
enum FrontMatterParser {
    /// The front matter and the body with the front-matter lines blanked, so that line
    /// numbers in the body are line numbers in the file.
    static func split(_ text: String, path: String) throws -> (FrontMatter, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingTrailingSpace == "---" }) == true else {
            throw BookError(
                .input, at: SourceLocation(path: path, line: 1, column: 1),
                "a chapter must start with front matter between '---' lines",
                hint: "begin the file with:\n---\ntitle: \"The chapter's title\"\n---"
            )
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpace == "---" })
        else {
            throw BookError(
                .input, at: SourceLocation(path: path, line: 1, column: 1),
                "the front matter opened here is never closed", hint: "add a line '---' after it"
            )
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let frontMatter = try parse(yaml, path: path, firstLine: 2)
        for index in 0...end { lines[index] = "" }
        return (frontMatter, lines.joined(separator: "\n"))
    }

    /// Reads front matter YAML that starts at `firstLine` of the file at `path`.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws -> FrontMatter {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(path: path, line: firstLine - 1 + (mark?.line ?? 1), column: mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw BookError(
                .input,
                at: location(error.mark),
                "front matter is not valid YAML: \(error.problem)"
            )
        }
        guard let mapping = root?.mapping else {
            throw BookError(
                .input, at: location(root?.mark), "front matter must be a mapping of keys to values",
                hint: "for example: title: \"Introduction\""
            )
        }
        var title: String?
        var frontMatter = FrontMatter(title: "")
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard let expected = FrontMatter.keys.first(where: { $0.name == key })?.expects else {
                let known = FrontMatter.keys.map(\.name).joined(separator: ", ")
                throw BookError(.input, at: location(keyNode.mark), "unknown front matter key '\(key)'",
                                hint: "the keys are: \(known)")
            }
            frontMatter.keyLines[key] = location(keyNode.mark).line
            func wrongType() -> BookError {
                BookError(.input, at: location(value.mark), "'\(key)' must be \(expected)")
            }
            switch key {
            case "title":
                guard let text = value.scalar?.string, !text.isEmpty else { throw wrongType() }
                title = text
            case "section":
                guard let text = value.scalar?.string else { throw wrongType() }
                frontMatter.articleSection = text
            case "timeout":
                guard let seconds = value.float, seconds > 0 else { throw wrongType() }
                frontMatter.timeLimit = seconds
            default:
                guard let names = value.sequence?.compactMap({ $0.scalar?.string }),
                      names.count == value.sequence?.count else { throw wrongType() }
                if key == "data" {
                    frontMatter.data = names
                    for item in value.sequence ?? [] {
                        guard let name = item.scalar?.string else { continue }
                        frontMatter.dataLines[name] = location(item.mark).line
                    }
                } else {
                    frontMatter.uses = names
                }
            }
        }
        guard let title else {
            throw BookError(.input, at: location(root?.mark), "front matter has no 'title'",
                            hint: "add a line such as: title: \"Introduction\"")
        }
        frontMatter.title = title
        frontMatter.line = firstLine
        return frontMatter
    }
}

extension YamlError {
    /// Where libyaml found the problem, when it says.
    var mark: Mark? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark
        default:
            return nil
        }
    }

    /// The problem without libyaml's excerpt of the document.
    var problem: String {
        switch self {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        default:
            return String(describing: self)
        }
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var copy = self
        while copy.last == " " || copy.last == "\t" || copy.last == "\r" { copy.removeLast() }
        return copy
    }
}
