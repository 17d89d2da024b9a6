/// Loads the Chit-Chat conversations from `chitchat/dataset.json` in a data directory.
public struct ChitChatLoader: Sendable {
    /// The corpus's folder name inside the data directory, as the corpora are fetched.
    public static let folderName = "chitchat"
    /// The corpus's file name inside its folder.
    public static let fileName = "dataset.json"

    /// The data directory read from.
    public var directory: DataDirectory

    /// Creates a loader reading from `directory` (by default `BOOK_DATA_DIR` or `.book-data`).
    public init(directory: DataDirectory = .fromEnvironment()) {
        self.directory = directory
    }

    /// All conversations, sorted by id (the file is one JSON object keyed by id).
    ///
    /// Read by `ChitChatJSON`, or by `JSONDecoder` where that reader gives up. Throws
    /// `DataLoadError.missingData` when the file is absent and `.malformed` when it is not valid
    /// JSON or not of the Chit-Chat shape.
    public func conversations() throws -> [ChitChatConversation] {
        let path = directory.filePath(corpus: Self.folderName, name: Self.fileName)
        let bytes = try DataFile.bytes(atPath: path)
        let records = try ChitChatJSON.records(from: bytes)
            ?? JSONRecord.decode([String: ChitChatRecord].self, from: bytes, path: path)
        return records.sorted { $0.key < $1.key }.map { id, record in record.conversation(id: id) }
    }
}
