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

    /// The archive of `folder`, its entries under `name/`; the paths archived come back too,
    /// in the archive's order (folders end in `/`).
    static func data(of folder: URL, as name: String) throws -> (data: Data, paths: [String]) {
        let archive = try Archive(data: Data(), accessMode: .create)
        var paths: [String] = []
        let entries = try items(in: folder, path: name)
        for item in entries.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            paths.append(item.path)
            switch item.kind {
            case .folder:
                try archive.addEntry(with: item.path, type: .directory, uncompressedSize: Int64(0),
                                     modificationDate: entryDate, permissions: 0o755) { _, _ in Data() }
            case .file(let data, let executable):
                try archive.addEntry(with: item.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, permissions: executable ? 0o755 : 0o644,
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

    private enum Kind {
        case folder
        case file(Data, executable: Bool)
        case link(String)
    }

    /// `folder` and everything under it, as archive entries named from `path`.
    private static func items(in folder: URL, path: String) throws -> [(path: String, kind: Kind)] {
        let files = FileManager.default
        var items: [(path: String, kind: Kind)] = [(path + "/", .folder)]
        for name in try files.contentsOfDirectory(atPath: folder.path).sorted() {
            let url = folder.appendingPathComponent(name)
            let entry = path + "/" + name
            let attributes = try files.attributesOfItem(atPath: url.path)
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                items.append((entry, .link(try files.destinationOfSymbolicLink(atPath: url.path))))
            case .typeDirectory?:
                items += try Self.items(in: url, path: entry)
            default:
                let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
                items.append((entry, .file(try Data(contentsOf: url), executable: mode & 0o111 != 0)))
            }
        }
        return items
    }
}
