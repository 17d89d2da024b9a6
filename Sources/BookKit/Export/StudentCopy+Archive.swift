import Foundation

/// The student's copy as one ZIP file (`book export --edition student --zip FILE`, and
/// `student-copy.zip` in the teacher's site): the folder `write` makes, archived by
/// `FolderArchive` under a top folder named after the file, so its bytes are the same wherever
/// and whenever the same book is exported.
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
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("book-student-copy-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent(name)
        let chapters = try write(bookRoot: root, to: folder)
        do {
            return (try FolderArchive.data(of: folder, as: name).data, chapters)
        } catch {
            throw BookError(.io, at: SourceLocation(path: name),
                            "cannot archive the student's copy: \(error.localizedDescription)")
        }
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
