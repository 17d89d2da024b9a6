import Foundation

/// The student's copy of a book's sources (`book export --edition student`): the book's folder
/// as it is, but its chapters as `Edition.studentSource` writes them (starter cells kept;
/// solution cells, `::: {.solution}` prose and hidden tests removed), without any site the book
/// wrote (a folder holding `OutputFolder.markerName`, whatever its name: a teacher's site shows
/// the solutions), without `output/`, without the caches and build folders (names starting
/// with `.`, except `.gitignore`), and without what the book's `.gitignore` leaves out
/// (`IgnoreRules`). Students build it with the same commands as the teacher.
public enum StudentCopy {
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
            try files.createDirectory(at: partial, withIntermediateDirectories: true)
            written = try copyFolder(root, to: partial, skipping: destination,
                                     ignoring: IgnoreRules(bookRoot: root))
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

    /// Copies `folder` (at `path` from the book's root, empty for the root) into `target` (which
    /// exists), leaving out `skipped` (the copy itself, when it is written under the book),
    /// sites, hidden files, what `rules` ignore and, at the root, `output/`; the chapters folder's
    /// chapter files are written as the student's edition. Returns those.
    private static func copyFolder(_ folder: URL, to target: URL, skipping skipped: URL,
                                   ignoring rules: IgnoreRules, path: String = "") throws -> [String] {
        let isRoot = path.isEmpty
        let files = FileManager.default
        var written: [String] = []
        for name in try files.contentsOfDirectory(atPath: folder.path).sorted() {
            let source = folder.appendingPathComponent(name)
            let copy = target.appendingPathComponent(name)
            guard name == ".gitignore" || !name.hasPrefix("."), !(isRoot && name == "output"),
                  source.resolvingSymlinksInPath().path != skipped.resolvingSymlinksInPath().path
            else { continue }
            var isFolder: ObjCBool = false
            let isLink = (try? source.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true
            let entry = isRoot ? name : path + "/" + name
            guard !isLink, files.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue else {
                if !rules.ignores(entry, isFolder: false) { try files.copyItem(at: source, to: copy) }
                continue
            }
            if rules.ignores(entry, isFolder: true) { continue }
            if files.fileExists(atPath: source.appendingPathComponent(OutputFolder.markerName).path) { continue }
            try files.createDirectory(at: copy, withIntermediateDirectories: false)
            if isRoot && name == Book.chaptersFolder {
                written = try copyChapters(from: source, to: copy)
            } else {
                written += try copyFolder(source, to: copy, skipping: skipped, ignoring: rules, path: entry)
            }
        }
        return written
    }

    /// Writes the chapter files of `source` (the chapters folder) into `target` as the student's
    /// edition, and copies its other files.
    private static func copyChapters(from source: URL, to target: URL) throws -> [String] {
        let files = FileManager.default
        var written: [String] = []
        for name in try files.contentsOfDirectory(atPath: source.path).sorted() where !name.hasPrefix(".") {
            let from = source.appendingPathComponent(name)
            let to = target.appendingPathComponent(name)
            guard name.hasSuffix(".md") else {
                try files.copyItem(at: from, to: to)
                continue
            }
            let path = Book.chaptersFolder + "/" + name
            let text = try Book.readText(from, path: path)
            try Data(Edition.studentSource(text, path: path).utf8).write(to: to)
            written.append(path)
        }
        return written
    }
}
