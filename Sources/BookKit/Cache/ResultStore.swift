import Foundation

/// The content-addressed store under `.book-cache/`: chapter results (`results/CHAPTER/`,
/// see `ResultCache`), memoized values (`memo/KEY.json`, written by `Notebook`'s `memo`) and
/// compiled chapter programs (`programs/KEY.program`, by their source, libraries and toolchain,
/// and the parts of cut programs, `programs/KEY.swiftmodule` and `KEY.so`).
/// It is kept under a size bound by removing the entries used least recently (an entry's
/// modification time is when it was last stored or used).
public struct ResultStore: Sendable {
    /// The default size bound: 1 GB.
    public static let defaultSizeLimit = 1 << 30

    /// The cache folder (`.book-cache`).
    public var cacheFolder: URL

    public init(cacheFolder: URL) {
        self.cacheFolder = cacheFolder
    }

    public var resultsFolder: URL { cacheFolder.appendingPathComponent("results") }
    public var memoFolder: URL { cacheFolder.appendingPathComponent("memo") }
    public var programsFolder: URL { cacheFolder.appendingPathComponent("programs") }

    /// The kinds of file in `programsFolder`.
    static let programSuffixes = [".program", ".swiftmodule", ".so"]

    /// An entry of the store.
    public struct Item: Equatable {
        public var url: URL
        public var bytes: Int
        public var modified: Date
    }

    /// The modification time of `url` (the distant past when it cannot be read).
    static func modified(_ url: URL) -> Date {
        FileStatus(path: url.path)?.modified ?? .distantPast
    }

    /// Every entry: results and memoized values.
    public func items() -> [Item] {
        let files = FileManager.default
        var urls: [URL] = []
        for chapter in (try? files.contentsOfDirectory(atPath: resultsFolder.path)) ?? [] {
            let folder = resultsFolder.appendingPathComponent(chapter)
            urls += ((try? files.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .map { folder.appendingPathComponent($0) }
        }
        urls += ((try? files.contentsOfDirectory(atPath: memoFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { memoFolder.appendingPathComponent($0) }
        urls += ((try? files.contentsOfDirectory(atPath: programsFolder.path)) ?? [])
            .filter { name in !name.hasPrefix(".") && Self.programSuffixes.contains { name.hasSuffix($0) } }
            .map { programsFolder.appendingPathComponent($0) }
        let items = urls.map { url in
            let path = url.path
            let status = FileStatus(path: path)
            let item = Item(url: url, bytes: status?.bytes ?? 0, modified: status?.modified ?? .distantPast)
            return (path: path, item: item)
        }
        return items.sorted { ($0.item.modified, $0.path) < ($1.item.modified, $1.path) }.map(\.item)
    }

    /// Removes the least recently used entries until the store holds at most `limit` bytes;
    /// returns what was removed.
    @discardableResult
    public func evict(toFit limit: Int) -> [Item] {
        var items = items()
        var total = items.reduce(0) { $0 + $1.bytes }
        var removed: [Item] = []
        while total > limit, !items.isEmpty {
            let oldest = items.removeFirst()
            try? FileManager.default.removeItem(at: oldest.url)
            total -= oldest.bytes
            removed.append(oldest)
        }
        return removed
    }

    /// Removes every entry but the result files `results` and the memoized values `memos` (by
    /// key), compiled programs included; returns what was removed.
    @discardableResult
    func remove(keepingResults results: [URL], memos: [String]) -> [Item] {
        let kept = Set((results + memos.map(memoFile)).map(\.standardizedFileURL.path))
        let removed = items().filter { !kept.contains($0.url.standardizedFileURL.path) }
        for item in removed { try? FileManager.default.removeItem(at: item.url) }
        return removed
    }

    /// A size as `book` shows it (`12.3 kB`).
    public static func text(bytes: Int) -> String { Format.bytes(bytes) }

    /// The file of memoized value `key`.
    public func memoFile(_ key: String) -> URL { memoFolder.appendingPathComponent(key + ".json") }

    /// The size in bytes of memoized value `key`; nil when the store does not hold it.
    func memoSize(_ key: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: memoFile(key).path))?[.size] as? Int
    }
}
