import Foundation
import ZIPFoundation

/// A ZIP archive of a folder whose bytes depend only on the folder's paths, contents and
/// executable bits, so that the same folder gives the same archive on any machine, at any time,
/// for any user: entries sorted by path (byte by byte) under one top folder, every entry dated
/// 1980-01-01 00:00 (the first date a ZIP file can hold; `SOURCE_DATE_EPOCH` is not read, so
/// the environment never enters the bytes), modes 0644 for files and 0755 for folders and for
/// files that can be run (the two modes git keeps), links kept as links (their targets as
/// written), no extra fields, no comment, and every file stored as it is: deflate's bytes would
/// depend on the zlib that wrote them (Apple's Compression and zlib-ng write other bytes than
/// zlib), stored bytes do not. ZIPFoundation writes the headers; `FolderArchiveTests` pins
/// their bytes, so that a release of it that wrote others would be noticed.
enum FolderArchive {
    /// The date of every entry: 1980-01-01 00:00 UTC.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// A folder, file or link to archive, at `path` under the archive's top folder.
    struct Entry: Equatable {
        var path: String
        var kind: Kind
    }

    enum Kind: Equatable {
        case folder
        /// A file's contents and its permission bits (of which the archive keeps only whether
        /// it can be run).
        case file(Data, mode: UInt16)
        /// A symbolic link's target, as written.
        case link(String)
    }

    /// The archive of `folder`, its entries under `name/`; the paths archived come back too,
    /// in the archive's order (folders end in `/`).
    static func data(of folder: URL, as name: String) throws -> (data: Data, paths: [String]) {
        try data(of: try entries(inFolder: folder, path: ""), as: name)
    }

    /// The archive of `entries` (paths from the top folder, without a trailing `/`), under a
    /// top folder `name/`; the paths archived come back too, in the archive's order.
    static func data(of entries: [Entry], as name: String) throws -> (data: Data, paths: [String]) {
        let archive = try Archive(data: Data(), accessMode: .create)
        let named = [(path: name + "/", kind: Kind.folder)] + entries.map { entry in
            (path: name + "/" + entry.path + (entry.kind == .folder ? "/" : ""), kind: entry.kind)
        }
        var paths: [String] = []
        for item in named.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            paths.append(item.path)
            switch item.kind {
            case .folder:
                try archive.addEntry(with: item.path, type: .directory, uncompressedSize: Int64(0),
                                     modificationDate: entryDate, permissions: 0o755) { _, _ in Data() }
            case .file(let data, let mode):
                let permissions: UInt16 = mode & 0o111 != 0 ? 0o755 : 0o644
                try archive.addEntry(with: item.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, permissions: permissions,
                                     compressionMethod: .none) { at, size in
                    data.subdata(in: Int(at)..<Int(at) + size)
                }
            case .link(let target):
                let bytes = Data(target.utf8)
                try archive.addEntry(with: item.path, type: .symlink, uncompressedSize: Int64(bytes.count),
                                     modificationDate: entryDate, permissions: 0o755) { _, _ in bytes }
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return (data, paths)
    }

    /// The item at `url` as entries named from `path`: a link or a file, or a folder followed
    /// by everything under it (parents before children).
    static func entries(of url: URL, as path: String) throws -> [Entry] {
        guard let status = FileStatus(path: url.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        switch status.kind {
        case .link:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: url.path)
            return [Entry(path: path, kind: .link(target))]
        case .folder:
            return [Entry(path: path, kind: .folder)] + (try entries(inFolder: url, path: path))
        case .file, .other:
            return [Entry(path: path, kind: .file(try Data(contentsOf: url), mode: status.mode))]
        }
    }

    /// Everything in `folder`, named from `path` (nothing for the top folder itself), sorted by name.
    private static func entries(inFolder folder: URL, path: String) throws -> [Entry] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().flatMap { name in
            try entries(of: folder.appendingPathComponent(name), as: path.isEmpty ? name : path + "/" + name)
        }
    }
}
