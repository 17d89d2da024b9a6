import Crypto
import Foundation

/// Stores chapter results by key, several per chapter, in `.book-cache/results/CHAPTER/`: an
/// entry's name is its cache key and the digest of the files the run read
/// (`KEY-FILES.json`), so that undoing an edit finds the earlier result again.
///
/// An entry is a checksum line followed by JSON; an entry whose checksum or key does not
/// match (truncated, edited by hand, from another build) is never trusted: it is a miss. An
/// entry whose run read a file under the book's root that has changed since is a miss too.
/// A hit marks the entry as used now (its modification time), for `ResultStore`'s eviction.
public struct ResultCache: Sendable {
    /// The folder of entries.
    public var folder: URL
    /// The book's root, against which the files a run read are checked (nil: not checked).
    public var bookRoot: URL?

    public init(folder: URL, bookRoot: URL? = nil) {
        self.folder = folder
        self.bookRoot = bookRoot
    }

    struct Entry: Codable {
        var key: String
        /// What `key` is the hash of, the program's text first. Entries written before it was
        /// stored lack it; they are trusted on their key alone.
        var inputs: CacheKey.Inputs?
        var lineMap: [Int]
        var result: ChapterResult
    }

    /// The folder of `chapter`'s entries.
    func chapterFolder(_ chapter: Chapter) -> URL { folder.appendingPathComponent(chapter.name) }

    /// The entry files of `chapter` stored under `key` (every key when nil), newest first.
    func files(for chapter: Chapter, key: CacheKey? = nil) -> [URL] {
        let chapterFolder = chapterFolder(chapter)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: chapterFolder.path)) ?? []
        let files = names.filter { name in
            name.hasSuffix(".json") && !name.hasPrefix(".") && key.map { name.hasPrefix($0.hash + "-") } ?? true
        }.map { chapterFolder.appendingPathComponent($0) }
        return files.sorted { ResultStore.modified($0) > ResultStore.modified($1) }
    }

    /// The name of the entry of `result` under `key`.
    static func name(key: CacheKey, result: ChapterResult) -> String {
        let files = result.filesRead.map { "\($0.path)\t\($0.digest)\n" }.joined()
        return key.hash + "-" + String(SHA256Digest.hex(of: files).prefix(16)) + ".json"
    }

    /// The stored result of `chapter` if it was stored under `key` and is intact, with its line
    /// numbers moved to where the cells now stand. A failed run whose cells have moved is a
    /// miss, since its messages quote the old lines.
    public func result(for chapter: Chapter, key: CacheKey, lineMap: [Int]) -> ChapterResult? {
        guard let entry = entry(for: chapter, key: key) else { return nil }
        if entry.lineMap == lineMap { return entry.result }
        guard entry.result.status == .succeeded else { return nil }
        var result = entry.result
        let oldStarts = Array(entry.lineMap.prefix(chapter.runnableCells.count))
        let newStarts = Array(lineMap.prefix(chapter.runnableCells.count))
        for cell in result.cells.indices {
            for item in result.cells[cell].items.indices {
                guard case .check(var check) = result.cells[cell].items[item],
                      let position = oldStarts.lastIndex(where: { $0 <= check.line }),
                      position < newStarts.count else { continue }
                check.line += newStarts[position] - oldStarts[position]
                result.cells[cell].items[item] = .check(check)
            }
        }
        return result
    }

    /// The newest intact entry of `chapter` under `key` whose files are unchanged; it is
    /// marked as used.
    private func entry(for chapter: Chapter, key: CacheKey) -> Entry? {
        for file in files(for: chapter, key: key) {
            guard let entry = Self.read(file), entry.key == key.hash,
                  entry.inputs.map({ $0 == key.inputs }) ?? true,
                  filesUnchanged(entry.result.filesRead) else { continue }
            utimes(file.path, nil)
            return entry
        }
        return nil
    }

    /// Whether every file a run read still has the digest it had.
    func filesUnchanged(_ files: [FileRead]) -> Bool {
        guard let bookRoot else { return true }
        return files.allSatisfy {
            ChapterRunner.digest(ofFile: bookRoot.appendingPathComponent($0.path).path) == $0.digest
        }
    }

    /// The entry in `file` if it is intact.
    static func read(_ file: URL) -> Entry? {
        guard let data = FileManager.default.contents(atPath: file.path),
              let newline = data.firstIndex(of: 0x0A) else { return nil }
        let checksum = String(decoding: data[..<newline], as: UTF8.self)
        let payload = data[(newline + 1)...]
        guard checksum == SHA256.hash(data: payload).hexString else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: payload)
    }

    /// The newest intact entry of each chapter in the folder, by chapter name (for checks and
    /// tests).
    func entries() -> [String: Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var entries: [String: Entry] = [:]
        for name in names where !name.hasPrefix(".") {
            let chapter = folder.appendingPathComponent(name)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: chapter.path)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .map { chapter.appendingPathComponent($0) }
                .sorted { ResultStore.modified($0) > ResultStore.modified($1) }
            if let entry = files.lazy.compactMap(Self.read).first { entries[name] = entry }
        }
        return entries
    }

    /// Whether an intact entry exists for `chapter` under `key`.
    public func contains(_ chapter: Chapter, key: CacheKey) -> Bool {
        entry(for: chapter, key: key) != nil
    }

    /// Stores `result` for `chapter` under `key`, with the inputs of the key: written in full
    /// under a name of this process (`.NAME.json.PID.partial`), then renamed over an entry of
    /// the same name, so that a reader (or a build killed at any moment) sees the old entry or the new
    /// one, never a mix. Temporaries of killed builds are removed here.
    public func store(_ result: ChapterResult, for chapter: Chapter, key: CacheKey, lineMap: [Int]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = try encoder.encode(Entry(key: key.hash, inputs: key.inputs, lineMap: lineMap,
                                               result: result))
        var data = Data((SHA256.hash(data: payload).hexString + "\n").utf8)
        data.append(payload)
        let files = FileManager.default
        let chapterFolder = chapterFolder(chapter)
        try files.createDirectory(at: chapterFolder, withIntermediateDirectories: true)
        let final = chapterFolder.appendingPathComponent(Self.name(key: key, result: result))
        let prefix = ".\(final.lastPathComponent)."
        for name in (try? files.contentsOfDirectory(atPath: chapterFolder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".partial") {
            try? files.removeItem(at: chapterFolder.appendingPathComponent(name))
        }
        let temporary = chapterFolder.appendingPathComponent(prefix + "\(getpid()).partial")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, final.path) == 0 else {
                throw BookError(.io, at: SourceLocation(path: final.path),
                                "cannot move the cache entry into place")
            }
        } catch {
            try? files.removeItem(at: temporary)
            throw error
        }
    }
}
