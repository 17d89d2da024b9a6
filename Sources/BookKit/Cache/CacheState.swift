/// Whether a chapter's cached result can be used, as `book list` shows it.
public enum CacheState: String, Sendable, CustomStringConvertible {
    /// A result for the chapter's current key: the next build skips compiling and running it.
    case current
    /// A result for an older key (a cell, a library, the data or an import changed).
    case stale
    /// No result at all (`book list` shows "none").
    case absent = "none"

    public var description: String { rawValue }
}
