/// A place in a file that a message refers to; `line` and `column` are 1-based, 0 when unknown.
public struct SourceLocation: Equatable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The path as the user knows it, relative to the book's root (`chapters/01-introduction.md`).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, as compilers print it, so that editors can jump to it.
    public var description: String {
        guard line > 0 else { return path }
        return "\(path):\(line):\(max(column, 1))"
    }
}

/// An error a user can act on: where it is, what is wrong, what to do.
public struct BookError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of failure this is; it decides the exit code.
    public enum Kind: Equatable, Sendable {
        /// A mistake in a chapter, a setting or a data file (exit code 65).
        case input
        /// A file could not be read or written (exit code 74).
        case io
        /// A wrong use of the command line (exit code 64).
        case usage
        /// Cells or checks failed (exit code 1).
        case failed
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String
    public var hint: String?
    /// Further errors found in the same pass (other chapters), reported after this one.
    public var followers: [BookError] = []

    public init(_ kind: Kind, at location: SourceLocation? = nil, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// The process exit code for this error, as documented in `book --help`.
    public var exitCode: Int32 {
        switch kind {
        case .failed: return 1
        case .usage: return 64
        case .input: return 65
        case .io: return 74
        }
    }

    /// The first of `errors`, carrying the others as followers; nil when there are none.
    public static func combining(_ errors: [BookError]) -> BookError? {
        guard var first = errors.first else { return nil }
        first.followers += errors.dropFirst()
        return first
    }

    /// `path:line:col: error: message`, then the hint on its own line; then each follower.
    public var description: String {
        var text = location.map { "\($0): error: " } ?? "error: "
        text += message
        if let hint { text += "\n  hint: " + hint }
        return ([text] + followers.map(\.description)).joined(separator: "\n")
    }
}
