import Foundation

/// The student's copy of a book's sources (`book export --edition student`): the book's folder
/// as it is, but its chapters as `Edition.studentSource` writes them (starter cells kept;
/// solution cells, `::: {.solution}` prose and hidden tests removed), without any site the book
/// wrote (a folder holding `OutputFolder.markerName`, whatever its name: a teacher's site shows
/// the solutions), without `output/`, without the caches and build folders (names starting
/// with `.`, except `.gitignore`), and without what the book's `.gitignore` leaves out
/// (`IgnoreRules`). Students build it with the same commands as the teacher.
public enum StudentCopy {
    /// A folder, file or link of the copy: as it is in the book, or a chapter file, of which
    /// the copy holds the student's edition.
    enum Item {
        case entry(FolderArchive.Entry)
        /// A chapter file's path and its text as the teacher wrote it.
        case chapter(path: String, text: String)

        /// What the copy holds for the item.
        var inCopy: FolderArchive.Entry {
            switch self {
            case .entry(let entry): return entry
            case .chapter(let path, let text):
                let student = Data(Edition.studentSource(text, path: path).utf8)
                return FolderArchive.Entry(path: path, kind: .file(student, mode: 0o644))
            }
        }
    }

    /// Writes the student's copy of the book at `root` to `destination`, which must not exist
    /// or be empty, nor hold the book. It is written beside `destination` first and then renamed,
    /// so that a failure leaves nothing half-written. Returns the chapter files written.
    @discardableResult
    public static func write(bookRoot root: URL, to destination: URL) throws -> [String] {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let destination = destination.standardizedFileURL
        let resolved = destination.resolvingSymlinksInPath().path
        let place = SourceLocation(path: destination.path)
        if root.path == resolved || root.path.hasPrefix(resolved + "/") {
            throw BookError(.usage, at: place, "the student's copy cannot be written over the book itself",
                            hint: "name a new folder with --out, outside the book or under it")
        }
        if resolved.hasPrefix(root.appendingPathComponent(Book.chaptersFolder).path + "/") {
            throw BookError(.usage, at: place, "the student's copy cannot be written into chapters/",
                            hint: "name a new folder with --out, outside chapters/")
        }
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: destination.path, isDirectory: &isFolder),
           !isFolder.boolValue || !((try? files.contentsOfDirectory(atPath: destination.path))?.isEmpty ?? false) {
            throw BookError(.usage, at: place, "this exists and is not an empty folder",
                            hint: "remove it or name a new folder with --out; an export never mixes "
                                + "with older files")
        }
        // The book is read first, so that a mistake in a chapter stops the export before any
        // file is written.
        _ = try Book.load(root: root)
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(getpid())")
        try? files.removeItem(at: partial)
        var written: [String] = []
        do {
            let items = try contents(bookRoot: root, skipping: resolved)
            try files.createDirectory(at: partial, withIntermediateDirectories: true)
            for item in items {
                try write(item.inCopy, into: partial)
                if case .chapter(let path, _) = item { written.append(path) }
            }
            if files.fileExists(atPath: destination.path) { try files.removeItem(at: destination) }
            try files.moveItem(at: partial, to: destination)
        } catch let error as BookError {
            try? files.removeItem(at: partial)
            throw error
        } catch {
            try? files.removeItem(at: partial)
            throw BookError(.io, at: place, "cannot write the student's copy: \(error.localizedDescription)",
                            hint: "check that the folder above it exists and can be written")
        }
        return written
    }

    /// Writes `entry` into `folder`, where the folders above it already are.
    private static func write(_ entry: FolderArchive.Entry, into folder: URL) throws {
        let url = folder.appendingPathComponent(entry.path)
        switch entry.kind {
        case .folder:
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        case .file(let data, let mode):
            try data.write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: Int(mode)], ofItemAtPath: url.path)
        case .link(let target):
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
    }

    /// What the student's copy of the book at `root` (its real path) holds, parents before
    /// children, the chapters' texts as they are in the book; `skipped` (a real path) is left
    /// out: the copy itself, when it is written under the book. The book is not read for
    /// mistakes here.
    static func contents(bookRoot root: URL, skipping skipped: String? = nil) throws -> [Item] {
        var items: [Item] = []
        try list(root, path: "", skipping: skipped, ignoring: IgnoreRules(bookRoot: root), into: &items)
        return items
    }

    /// Lists `folder` (at `path` from the book's root, empty for the root) into `items`, leaving
    /// out `skipped`, sites, hidden files, what `rules` ignore and, at the root, `output/`; the
    /// chapters folder's chapter files are listed as chapters.
    private static func list(_ folder: URL, path: String, skipping skipped: String?,
                             ignoring rules: IgnoreRules, into items: inout [Item]) throws {
        let isRoot = path.isEmpty
        let files = FileManager.default
        for name in try files.contentsOfDirectory(atPath: folder.path).sorted() {
            guard name == ".gitignore" || !name.hasPrefix("."), !(isRoot && name == "output") else {
                continue
            }
            let source = folder.appendingPathComponent(name)
            let entry = isRoot ? name : path + "/" + name
            // A link is listed as a link, even to a folder; folders are reached from the real
            // root through folders only, so their paths are real paths.
            let kind = FileStatus(path: source.path)?.kind
            guard kind == .folder else {
                if !rules.ignores(entry, isFolder: false),
                   kind != .link || source.resolvingSymlinksInPath().path != skipped {
                    items += try FolderArchive.entries(of: source, as: entry).map(Item.entry)
                }
                continue
            }
            guard source.path != skipped, !rules.ignores(entry, isFolder: true),
                  !files.fileExists(atPath: source.appendingPathComponent(OutputFolder.markerName).path)
            else { continue }
            items.append(.entry(FolderArchive.Entry(path: entry, kind: .folder)))
            if isRoot && name == Book.chaptersFolder {
                try listChapters(source, path: entry, into: &items)
            } else {
                try list(source, path: entry, skipping: skipped, ignoring: rules, into: &items)
            }
        }
    }

    /// Lists the chapters folder `source`: its chapter files as chapters, its other files
    /// (and folders, with all they hold) as they are.
    private static func listChapters(_ source: URL, path: String, into items: inout [Item]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        where !name.hasPrefix(".") {
            let file = source.appendingPathComponent(name)
            let entry = path + "/" + name
            guard name.hasSuffix(".md") else {
                items += try FolderArchive.entries(of: file, as: entry).map(Item.entry)
                continue
            }
            items.append(.chapter(path: entry, text: try Book.readText(file, path: entry)))
        }
    }
}
