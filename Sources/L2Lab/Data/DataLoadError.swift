/// A failure to load a corpus; the message names the file and says what to do.
public enum DataLoadError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist: the corpus was never fetched.
    case missingData(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON (truncated, say) or not of the expected shape.
    ///
    /// `line` is the 1-based line of the record in a JSON Lines file, `nil` for a JSON file.
    case malformed(path: String, line: Int?, expected: String)

    public var description: String {
        switch self {
        case let .missingData(path):
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[..<$0]) } ?? "."
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            return "\(path): error: data not found: the folder \(folder) has no \(name) (corpora are "
                + "read from the folder named by \(DataDirectory.environmentVariable), "
                + "else from \(DataDirectory.defaultPath))."
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file (\(reason)); check its permissions."
        case let .malformed(path, line?, expected):
            return "\(path):\(line): error: record on line \(line): \(expected); "
                + "the file is damaged: download the corpus again."
        case let .malformed(path, nil, expected):
            return "\(path): error: \(expected); the file is damaged: download the corpus again."
        }
    }
}
