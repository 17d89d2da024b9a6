import Foundation

/// One student's copy of the book, as `book export --edition student` wrote it and the student
/// edited it. The student is named by the folder's name.
public struct Submission: Sendable {
    public var name: String
    public var folder: URL

    /// The submission in `folder`, which must be a folder holding `chapters/`, and neither the
    /// teacher's book (`bookRoot`) nor a folder that holds it.
    public init(folder: URL, bookRoot: URL) throws {
        let folder = folder.standardizedFileURL
        let place = SourceLocation(path: folder.path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BookError(.usage, at: place, "no such folder to grade",
                            hint: "name the folders of the students' copies, one per student")
        }
        let chapters = folder.appendingPathComponent(Book.chaptersFolder)
        guard FileManager.default.fileExists(atPath: chapters.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BookError(.usage, at: place, "this is not a student's copy: it has no chapters/ folder",
                            hint: "a submission is a folder as 'book export --edition student' wrote it")
        }
        let resolved = folder.resolvingSymlinksInPath().path
        let book = bookRoot.resolvingSymlinksInPath().path
        if resolved == book || book.hasPrefix(resolved + "/") {
            throw BookError(.usage, at: place, "this is the teacher's book, not a student's copy",
                            hint: "name the folders of the students' copies; the book is --root")
        }
        self.name = folder.lastPathComponent
        self.folder = folder
    }

    /// `submissions` unless two of them have the same name (their folders' names), which
    /// would write one report over the other.
    public static func requireDistinctNames(_ submissions: [Submission]) throws {
        var seen: [String: Submission] = [:]
        for submission in submissions {
            if let first = seen[submission.name] {
                throw BookError(.usage, at: SourceLocation(path: submission.folder.path),
                                "two submissions are named '\(submission.name)': this folder and "
                                    + first.folder.path,
                                hint: "a student is named by the folder's name; rename one of them")
            }
            seen[submission.name] = submission
        }
    }

    /// The student's chapters, parsed as the student's edition; a chapter with a mistake is
    /// kept with it (`Chapter.mistake`). Throws when the copy cannot be read as a book at all.
    func chapters() throws -> [Chapter] {
        try Book.load(root: folder, keepingBrokenChapters: true, edition: .student).chapters
    }
}
