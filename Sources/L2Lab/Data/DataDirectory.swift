#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder that holds the fetched corpora, laid out as they are fetched:
/// `aclsum/{train,val,test}.jsonl` and `chitchat/dataset.json`.
public struct DataDirectory: Sendable, Equatable {
    /// The environment variable that overrides the default folder.
    public static let environmentVariable = "BOOK_DATA_DIR"
    /// The folder used when `BOOK_DATA_DIR` is not set, relative to the working directory.
    public static let defaultPath = ".book-data"

    /// The folder's path, absolute or relative to the working directory.
    public var path: String

    /// Uses the folder at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The folder named by `BOOK_DATA_DIR` when it is set and not empty, else `.book-data`.
    public static func fromEnvironment() -> DataDirectory {
        if let value = getenv(environmentVariable), value.pointee != 0 {
            return DataDirectory(path: String(cString: value))
        }
        return DataDirectory(path: defaultPath)
    }

    /// The path of `name` inside the folder `corpus`.
    func filePath(corpus: String, name: String) -> String {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        return "\(base)/\(corpus)/\(name)"
    }
}
