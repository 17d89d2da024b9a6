import Foundation

/// The report folder of `book grade`: `grades.csv` and one feedback page per student, written
/// by the grader (never by a student's code) beside the folder, then renamed into place.
public enum GradeReport {
    /// Refuses `destination` before anything runs when it lies inside the teacher's book or a
    /// submission (whose files grading must not change), or exists and is not an empty folder.
    public static func validate(_ destination: URL, bookRoot: URL, submissions: [Submission]) throws {
        let place = SourceLocation(path: destination.path)
        let resolved = destination.standardizedFileURL.resolvingSymlinksInPath().path
        func isInside(_ folder: URL) -> Bool {
            let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
            return resolved == path || resolved.hasPrefix(path + "/")
        }
        if isInside(bookRoot) {
            throw BookError(.usage, at: place, "the report cannot be written inside the teacher's book",
                            hint: "name a folder outside the book with --out; grading leaves the book unchanged")
        }
        if let submission = submissions.first(where: { isInside($0.folder) }) {
            throw BookError(.usage, at: place,
                            "the report cannot be written inside the submission '\(submission.name)'",
                            hint: "name a folder outside every submission with --out")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder),
           !isFolder.boolValue || !((try? FileManager.default.contentsOfDirectory(atPath: destination.path))?.isEmpty ?? false) {
            throw BookError(.usage, at: place, "this exists and is not an empty folder",
                            hint: "remove it or name a new folder with --out; a report never mixes with older files")
        }
    }

    /// Writes `grades.csv` and `STUDENT.html` for each of `students` into `destination`.
    public static func write(_ students: [StudentGrades], to destination: URL) throws {
        let files = FileManager.default
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(getpid())")
        try? files.removeItem(at: partial)
        do {
            try files.createDirectory(at: partial, withIntermediateDirectories: true)
            try Data(GradesCSV.text(students).utf8).write(to: partial.appendingPathComponent(GradesCSV.name))
            for student in students {
                try FeedbackPage.html(student).data
                    .write(to: partial.appendingPathComponent(FeedbackPage.fileName(student.student)))
            }
            if files.fileExists(atPath: destination.path) { try files.removeItem(at: destination) }
            try files.moveItem(at: partial, to: destination)
        } catch {
            try? files.removeItem(at: partial)
            throw BookError(.io, at: SourceLocation(path: destination.path),
                            "cannot write the report: \(error.localizedDescription)",
                            hint: "check that the folder above it exists and can be written")
        }
    }
}
