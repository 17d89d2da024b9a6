/// Loads ACLSum documents from `aclsum/<split>.jsonl` in a data directory.
public struct ACLSumLoader: Sendable {
    /// The corpus's folder name inside the data directory, as the corpora are fetched.
    public static let folderName = "aclsum"

    /// The data directory read from.
    public var directory: DataDirectory

    /// Creates a loader reading from `directory` (by default `BOOK_DATA_DIR` or `.book-data`).
    public init(directory: DataDirectory = .fromEnvironment()) {
        self.directory = directory
    }

    /// The documents of `split`, in file order.
    ///
    /// Throws `DataLoadError.missingData` when the file is absent and `.malformed`, naming the line,
    /// when a record is not valid JSON or not of the ACLSum shape.
    public func documents(in split: ACLSumSplit) throws -> [ACLSumDocument] {
        let path = directory.filePath(corpus: Self.folderName, name: split.fileName)
        let bytes = try DataFile.bytes(atPath: path)
        return try JSONLines.lines(of: bytes).map { line in
            try JSONRecord.decode(ACLSumRecord.self, from: line.bytes, path: path, line: line.number)
                .document(path: path, line: line.number)
        }
    }
}
