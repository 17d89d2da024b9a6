import Crypto
import Foundation

/// Keeps the last archive a build made (`student-copy.zip`) in `.book-cache/archives/`, named
/// by the fingerprint of what it was made from, so that a build from the same files gives its
/// bytes again instead of reading and archiving the book anew. Only the newest archive is
/// kept. An entry is a checksum line followed by the archive's bytes; one whose checksum does
/// not match (truncated, edited by hand) is never trusted: it is a miss.
struct ArchiveCache {
    /// The folder of entries.
    var folder: URL

    /// The archive kept under `key`, if it is there and intact.
    func archive(forKey key: String) -> Data? {
        guard let data = FileManager.default.contents(atPath: file(key).path),
              let newline = data.firstIndex(of: 0x0A) else { return nil }
        let payload = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == SHA256.hash(data: payload).hexString
        else { return nil }
        return Data(payload)
    }

    /// Keeps `archive` under `key` in place of the archive kept before. It is written in full
    /// under a name of this process, then renamed, so that a reader (or a build killed at any
    /// moment) sees a whole entry or none. A failure only loses the entry: the next build
    /// archives again.
    func keep(_ archive: Data, forKey key: String) {
        let files = FileManager.default
        let temporary = folder.appendingPathComponent(".\(key).\(getpid()).partial")
        var entry = Data((SHA256.hash(data: archive).hexString + "\n").utf8)
        entry.append(archive)
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            try entry.write(to: temporary)
            guard rename(temporary.path, file(key).path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? files.removeItem(at: temporary)
            return
        }
        // Older entries, and temporaries that killed builds left.
        for name in (try? files.contentsOfDirectory(atPath: folder.path)) ?? [] where name != key + ".zip" {
            try? files.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func file(_ key: String) -> URL { folder.appendingPathComponent(key + ".zip") }
}
