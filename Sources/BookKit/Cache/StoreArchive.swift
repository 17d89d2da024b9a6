import Crypto
import Foundation
import ZIPFoundation

/// A portable archive of the result store, to move results between machines
/// (`book store export FILE`, `book store import FILE...`): a ZIP file holding the store's
/// chapter results (`results/CHAPTER/KEY-FILES.json`) and memoized values (`memo/KEY.json`)
/// under their relative paths, and a `MANIFEST` listing each with its SHA-256. Compiled
/// programs, run folders and locks stay behind: they belong to one machine.
///
/// Import verifies every archive in full before it writes anything: each path must be one of
/// the store's (relative, no `..`, no absolute path, no link), each file must have its digest in
/// the manifest and pass its own checksum, and each result must hold the inputs of its key. An
/// entry the store already has is kept as it is.
public enum StoreArchive {
    /// The first line of the manifest.
    static let format = "book-store 1"
    static let manifestName = "MANIFEST"
    /// The date written for every entry, so that the same store gives the same archive.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Writes the results and memoized values of `store` to `file` (replaced whole, through a
    /// temporary file); returns how many entries and bytes.
    @discardableResult
    public static func export(_ store: ResultStore, to file: URL, shownAs name: String) throws
        -> (entries: Int, bytes: Int) {
        let base = store.cacheFolder.standardizedFileURL.path + "/"
        let paths = store.items().map { $0.url.standardizedFileURL.path }
            .filter { $0.hasPrefix(base) }
            .map { String($0.dropFirst(base.count)) }
            .filter { kind(of: $0) != nil }
            .sorted()
        var contents: [(path: String, data: Data)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: base + path) else { continue }
            contents.append((path, data))
        }
        let lines = [format] + contents.map { "\(digest($0.data))  \($0.path)" }
        let manifest = lines.joined(separator: "\n") + "\n"
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(getpid()).partial")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for (path, data) in [(manifestName, Data(manifest.utf8))] + contents {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, compressionMethod: .deflate) { at, size in
                    data.subdata(in: Int(at)..<Int(at) + size)
                }
            }
            guard rename(temporary.path, file.path) == 0 else {
                throw BookError(.io, at: SourceLocation(path: name), "cannot write the archive here")
            }
        } catch let error as BookError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw BookError(.io, at: SourceLocation(path: name), "cannot write the archive: \(error)")
        }
        return (contents.count, contents.reduce(0) { $0 + $1.data.count })
    }

    /// Verifies every archive of `files` (each with the name the user gave it), then adds their
    /// entries to `store`; returns how many were added and how many the store already had.
    @discardableResult
    public static func importArchives(_ files: [(url: URL, name: String)], into store: ResultStore) throws
        -> (added: Int, present: Int) {
        let entries = try files.flatMap { try read($0.url, shownAs: $0.name) }
        var added = 0
        var present = 0
        for (path, data) in entries {
            let destination = store.cacheFolder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: destination.path) {
                present += 1
                continue
            }
            let folder = destination.deletingLastPathComponent()
            let temporary = folder
                .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).partial")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: temporary)
                guard rename(temporary.path, destination.path) == 0 else {
                    throw CocoaError(.fileWriteUnknown)
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw BookError(.io, at: SourceLocation(path: destination.path),
                                "cannot add this store entry")
            }
            added += 1
        }
        return (added, present)
    }

    /// The verified entries of the archive `file`.
    static func read(_ file: URL, shownAs name: String) throws -> [(path: String, data: Data)] {
        let place = SourceLocation(path: name)
        let hint = "a store archive is made by 'book store export' on a machine with the same book"
        func damaged(_ message: String) -> BookError { BookError(.input, at: place, message, hint: hint) }
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            if !FileManager.default.fileExists(atPath: file.path) {
                throw BookError(.io, at: place, "no such file")
            }
            throw damaged("not a store archive (not a ZIP file)")
        }
        var files: [String: Data] = [:]
        for entry in archive {
            let path = entry.path
            if path.hasPrefix("/") || path.hasPrefix("\\") {
                throw damaged("the archive holds an absolute path, '\(path)'; nothing was imported")
            }
            if path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
                || path.contains("\\") {
                throw damaged("the archive holds a path that leaves its folder, '\(path)'; "
                    + "nothing was imported")
            }
            guard path == manifestName || kind(of: path) != nil else {
                throw damaged("the archive holds '\(path)', which is not an entry of a result store; "
                    + "nothing was imported")
            }
            guard entry.type == .file else {
                throw damaged("'\(path)' is a link or a folder, not a file; nothing was imported")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
            } catch {
                throw damaged("'\(path)' cannot be read back (\(error)); nothing was imported")
            }
            files[path] = data
        }
        let manifestData = files.removeValue(forKey: manifestName)
        guard let manifest = manifestData.map({ String(decoding: $0, as: UTF8.self) }),
              manifest.hasPrefix(format + "\n") else {
            throw damaged("the archive has no MANIFEST of format '\(format)'")
        }
        var listed: [String: String] = [:]
        for line in manifest.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[1].isEmpty else {
                throw damaged("the MANIFEST line '\(line)' is malformed")
            }
            listed[String(fields[2])] = String(fields[0])
        }
        for path in listed.keys.sorted() where files[path] == nil {
            throw damaged("'\(path)' is in the MANIFEST but not in the archive")
        }
        return try files.keys.sorted().map { path in
            let data = files[path]!
            guard let expected = listed[path] else { throw damaged("'\(path)' is not in the MANIFEST") }
            guard digest(data) == expected else {
                throw damaged("'\(path)' does not have the SHA-256 the MANIFEST gives; nothing was imported")
            }
            guard intact(data, at: path) else {
                throw damaged("'\(path)' is not an intact store entry (its checksum or key does not match); "
                    + "nothing was imported")
            }
            return (path, data)
        }
    }

    /// What a store path holds: a chapter result or a memoized value; nil for anything else.
    enum Kind { case result, memo }

    static func kind(of path: String) -> Kind? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        func plain(_ name: Substring) -> Bool {
            !name.isEmpty && !name.hasPrefix(".")
                && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        }
        if parts.count == 3, parts[0] == "results", plain(parts[1]), plain(parts[2]),
           parts[2].hasSuffix(".json") {
            return .result
        }
        if parts.count == 2, parts[0] == "memo", plain(parts[1]), parts[1].hasSuffix(".json") { return .memo }
        return nil
    }

    /// Whether `data` passes its own checksum line and, for a result, is stored under the key
    /// of the inputs it holds.
    private static func intact(_ data: Data, at path: String) -> Bool {
        guard let newline = data.firstIndex(of: 0x0A) else { return false }
        let payload = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == digest(payload) else { return false }
        guard kind(of: path) == .result else { return true }
        guard let entry = try? JSONDecoder().decode(ResultCache.Entry.self, from: payload),
              let inputs = entry.inputs else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let key = CacheKey(inputs)
        return key.hash == entry.key && name == ResultCache.name(key: key, result: entry.result)
    }

    private static func digest(_ data: some DataProtocol) -> String { SHA256.hash(data: data).hexString }
}
