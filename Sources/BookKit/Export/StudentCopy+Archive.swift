import Crypto
import Foundation

/// The student's copy as one ZIP file (`book export --edition student --zip FILE`, and
/// `student-copy.zip` in the teacher's site): what `write` writes, archived by `FolderArchive`
/// under a top folder named after the file, so its bytes are the same wherever and whenever
/// the same book is exported.
extension StudentCopy {
    /// The name of the archive in the teacher's site.
    public static let siteArchiveName = "student-copy.zip"

    /// Whether the site of `book` offers the student's copy: the teacher's edition does, unless
    /// a chapter's text has a mistake (which stops the copy, and which the build reports).
    static func isOffered(by book: Book) -> Bool {
        book.edition == .teacher && !book.chapters.contains { $0.mistake != nil }
    }

    /// The archive of the student's copy of the book at `root`, its entries under `name/`, and
    /// the chapter files it holds. Like `write`, it stops at a mistake in a chapter.
    static func archive(bookRoot root: URL, named name: String) throws -> (data: Data, chapters: [String]) {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        _ = try Book.load(root: root)
        let items = try listing(bookRoot: root, named: name)
        let chapters = items.compactMap { item -> String? in
            if case .chapter(let path, _) = item { return path }
            return nil
        }
        return (try archive(items, named: name), chapters)
    }

    /// The archive of the student's copy for the teacher's site of the book at `root`, whose
    /// chapters have been read without a mistake (`isOffered`): the bytes `cache` kept from a
    /// build of the same files by the same program, or else those of a new archive, which
    /// `cache` then keeps. Either way they are the bytes `archive` gives.
    static func siteArchive(bookRoot root: URL, cache: ArchiveCache?) throws -> Data {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let name = (siteArchiveName as NSString).deletingPathExtension
        let items = try listing(bookRoot: root, named: name)
        guard let cache, let key = fingerprint(of: items, named: name) else {
            return try archive(items, named: name)
        }
        if let kept = cache.archive(forKey: key) { return kept }
        let data = try archive(items, named: name)
        cache.keep(data, forKey: key)
        return data
    }

    /// `contents`, with a failure to read a file told as one to archive the copy named `name`.
    private static func listing(bookRoot root: URL, named name: String) throws -> [Item] {
        do {
            return try contents(bookRoot: root)
        } catch let error as BookError {
            throw error
        } catch {
            throw BookError(.io, at: SourceLocation(path: name),
                            "cannot archive the student's copy: \(error.localizedDescription)")
        }
    }

    private static func archive(_ items: [Item], named name: String) throws -> Data {
        do {
            return try FolderArchive.data(of: items.map(\.inCopy), as: name).data
        } catch {
            throw BookError(.io, at: SourceLocation(path: name),
                            "cannot archive the student's copy: \(error.localizedDescription)")
        }
    }

    /// A digest of everything the archive of `items` under `name/` is made from: each item's
    /// path, kind, mode and bytes (a chapter's text as the teacher wrote it), and the running
    /// program, whose code turns them into the archive's bytes (nil when it cannot be told).
    static func fingerprint(of items: [Item], named name: String) -> String? {
        guard let program = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
              let status = FileStatus(path: program) else { return nil }
        var hasher = SHA256()
        func add(_ fields: [String], _ bytes: Data = Data()) {
            hasher.update(data: Data((fields + ["\(bytes.count)"]).joined(separator: "\u{0}").utf8 + [0x0A]))
            hasher.update(data: bytes)
        }
        add(["student-copy archive", name, program, "\(status.bytes)", "\(status.inode)",
             "\(status.modifiedSeconds).\(status.modifiedNanoseconds)"])
        for item in items {
            switch item {
            case .chapter(let path, let text): add(["chapter", path], Data(text.utf8))
            case .entry(let entry):
                switch entry.kind {
                case .folder: add(["folder", entry.path])
                case .file(let data, let mode): add(["file", entry.path, "\(mode)"], data)
                case .link(let target): add(["link", entry.path], Data(target.utf8))
                }
            }
        }
        return hasher.finalize().hexString
    }

    /// Writes the student's copy of the book at `root` to the ZIP file `file`, which must not
    /// exist; its entries are under a folder named after the file (`copy.zip` holds `copy/`).
    /// It is written beside `file` first and then renamed, so that a failure leaves nothing
    /// half-written. Returns the chapter files written.
    @discardableResult
    public static func writeArchive(bookRoot root: URL, to file: URL) throws -> [String] {
        let file = file.standardizedFileURL
        let place = SourceLocation(path: file.path)
        let chaptersFolder = root.standardizedFileURL.resolvingSymlinksInPath()
            .appendingPathComponent(Book.chaptersFolder).path
        let resolved = file.deletingLastPathComponent().resolvingSymlinksInPath()
            .appendingPathComponent(file.lastPathComponent).path
        if resolved.hasPrefix(chaptersFolder + "/") {
            throw BookError(.usage, at: place, "the student's copy cannot be written into chapters/",
                            hint: "name a file outside chapters/ with --zip")
        }
        if FileManager.default.fileExists(atPath: file.path) {
            throw BookError(.usage, at: place, "this exists",
                            hint: "remove it or name a new file with --zip; an export never replaces a file")
        }
        let name = file.deletingPathExtension().lastPathComponent
        let (data, chapters) = try archive(bookRoot: root, named: name)
        let partial = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).partial-\(getpid())")
        do {
            try data.write(to: partial)
            guard rename(partial.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw BookError(.io, at: place, "cannot write the student's copy",
                            hint: "check that the folder above it exists and can be written")
        }
        return chapters
    }
}
