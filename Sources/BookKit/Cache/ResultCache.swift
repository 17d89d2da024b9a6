import Crypto
import Foundation

/// Stores each chapter's last result under its cache key, in `.book-cache/results/`.
///
/// An entry is a checksum line followed by JSON; an entry whose checksum or key does not
/// match (truncated, edited by hand, from another build) is never trusted: it is a miss.
public struct ResultCache: Sendable {
    /// The folder of entries.
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    struct Entry: Codable {
        var key: String
        /// What `key` is the hash of, the program's text first. Entries written before it was
        /// stored lack it; they are trusted on their key alone.
        var inputs: CacheKey.Inputs?
        var lineMap: [Int]
        var result: ChapterResult
    }

    private func file(for chapter: Chapter) -> URL {
        folder.appendingPathComponent(chapter.name + ".json")
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

    private func entry(for chapter: Chapter, key: CacheKey) -> Entry? {
        guard let data = FileManager.default.contents(atPath: file(for: chapter).path),
              let newline = data.firstIndex(of: 0x0A) else { return nil }
        let checksum = String(decoding: data[..<newline], as: UTF8.self)
        let payload = data[(newline + 1)...]
        guard checksum == SHA256.hash(data: payload).hexString,
              let entry = try? JSONDecoder().decode(Entry.self, from: payload),
              entry.key == key.hash,
              entry.inputs.map({ $0 == key.inputs }) ?? true else { return nil }
        return entry
    }

    /// Every intact entry in the folder, by chapter name (for checks and tests).
    func entries() -> [String: Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var entries: [String: Entry] = [:]
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let newline = data.firstIndex(of: 0x0A),
                  String(decoding: data[..<newline], as: UTF8.self)
                      == SHA256.hash(data: data[(newline + 1)...]).hexString,
                  let entry = try? JSONDecoder().decode(Entry.self, from: data[(newline + 1)...])
            else { continue }
            entries[String(name.dropLast(5))] = entry
        }
        return entries
    }

    /// Whether an intact entry exists for `chapter` under `key`.
    public func contains(_ chapter: Chapter, key: CacheKey) -> Bool {
        entry(for: chapter, key: key) != nil
    }

    /// Stores `result` for `chapter` under `key`, with the inputs of the key: written in full
    /// under a name of this process (`.NAME.json.PID.partial`), then renamed over the old
    /// entry, so that a reader (or a build killed at any moment) sees the old entry or the new
    /// one, never a mix. Temporaries of killed builds are removed here.
    public func store(_ result: ChapterResult, for chapter: Chapter, key: CacheKey, lineMap: [Int]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = try encoder.encode(Entry(key: key.hash, inputs: key.inputs, lineMap: lineMap,
                                               result: result))
        var data = Data((SHA256.hash(data: payload).hexString + "\n").utf8)
        data.append(payload)
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        let final = file(for: chapter)
        let prefix = ".\(final.lastPathComponent)."
        for name in (try? files.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".partial") {
            try? files.removeItem(at: folder.appendingPathComponent(name))
        }
        let temporary = folder.appendingPathComponent(prefix + "\(getpid()).partial")
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
