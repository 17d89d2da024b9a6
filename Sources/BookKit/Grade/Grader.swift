import Foundation
import Synchronization

/// Grades students' copies of a book against the teacher's: each exercise's answer cell is
/// the student's starter cell, everything else (tests and hidden tests included) the
/// teacher's text (`GradedChapter`), run by the same engine as a build, with the chapter's
/// time limit. Every run happens in a scratch book of its own in a temporary folder, with its
/// own cache: nothing is shared between students, and nothing is written in the teacher's book.
public struct Grader: Sendable {
    /// The teacher's book (the teacher's edition) and its workspace, whose libraries and
    /// corpora the runs use.
    public var book: Book
    public var workspace: Workspace
    public var progress: Progress

    public init(book: Book, workspace: Workspace, progress: Progress) {
        self.book = book
        self.workspace = workspace
        self.progress = progress
    }

    /// The chapters with exercises, in reading order.
    var gradedChapters: [Chapter] { book.chapters.filter { !$0.exercises.isEmpty } }

    /// The grades of each submission, in the order given, grading up to `jobs` at once. Throws
    /// before any student's code runs when the book has no exercise, or when the teacher's own
    /// solutions do not pass their tests.
    public func grade(_ submissions: [Submission], jobs: Int) throws -> [StudentGrades] {
        guard !gradedChapters.isEmpty else {
            throw BookError(.usage, at: SourceLocation(path: Book.chaptersFolder),
                            "the book has no exercise to grade",
                            hint: "write exercises as ::: {.exercise} with tests (see README, \"Teaching with this book\")")
        }
        let scratch = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        progress.report("grade", "running the teacher's solutions")
        let expected = try teacherChecks(in: scratch.appendingPathComponent("teacher"))
        let results = Mutex([StudentGrades?](repeating: nil, count: submissions.count))
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, submissions.count))) { _ in
            while true {
                let index: Int = next.withLock { next in
                    defer { next += 1 }
                    return next
                }
                guard index < submissions.count else { return }
                let submission = submissions[index]
                let folder = scratch.appendingPathComponent("student-\(index)")
                let grades = grade(submission, expected: expected, in: folder)
                try? FileManager.default.removeItem(at: folder)
                progress.report(submission.name, "\(grades.points) of \(grades.possible) points")
                results.withLock { $0[index] = grades }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// The checks of every exercise as the teacher's solutions make them, by chapter name.
    private func teacherChecks(in folder: URL) throws -> [String: [ExerciseCheck]] {
        let (builder, scratchBook) = try scratchBook(in: folder)
        let chapters = scratchBook.chapters.filter { chapter in gradedChapters.contains { $0.name == chapter.name } }
        var expected: [String: [ExerciseCheck]] = [:]
        for outcome in try builder.execute(chapters, in: scratchBook, useCache: true, jobs: 1) {
            let chapter = outcome.chapter
            if let failure = outcome.result.failure ?? outcome.errors.first.map({ error in
                Failure(location: error.location ?? SourceLocation(path: chapter.path),
                        message: error.message, details: "", cellIndex: nil)
            }) {
                throw BookError(.input, at: failure.location,
                                "the teacher's chapter does not run, so it cannot grade: \(failure.message)",
                                hint: "build the book ('book test \(chapter.name)') and fix it before grading")
            }
            if let mistake = outcome.pointsErrors.first { throw mistake }
            let checks = ExerciseCheck.checks(of: outcome, teacher: chapter) { $0 }
            if let failed = checks.first(where: { !$0.passed }) {
                throw BookError(.input, at: SourceLocation(path: chapter.path, line: failed.line, column: 1),
                                "the teacher's solution fails its own check '\(failed.claim)'",
                                hint: "every check must pass with the solutions before students are graded "
                                    + "against it; run 'book test \(chapter.name)'")
            }
            expected[chapter.name] = checks
        }
        return expected
    }

    /// A copy of the teacher's chapters folder in `folder`, loaded, and a builder for it that
    /// uses the teacher's libraries and corpora and prints no progress.
    private func scratchBook(in folder: URL) throws -> (BookBuilder, Book) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: book.root.appendingPathComponent(Book.chaptersFolder),
                                         to: folder.appendingPathComponent(Book.chaptersFolder))
        let scratch = Workspace(bookRoot: folder, packageRoot: workspace.packageRoot,
                                dataFolder: workspace.dataFolder)
        return (BookBuilder(workspace: scratch, progress: Progress(quiet: true)), try Book.load(root: folder))
    }

    /// The grades of one submission; a mistake that keeps it from being graded at all is the
    /// note of each of its checks.
    private func grade(_ submission: Submission, expected: [String: [ExerciseCheck]], in folder: URL) -> StudentGrades {
        var checks: [CheckGrade] = []
        do {
            let (builder, _) = try scratchBook(in: folder)
            let theirs = try submission.chapters()
            for chapter in gradedChapters {
                let grader = ChapterGrader(name: submission.name, teacher: chapter,
                                           student: theirs.first { $0.name == chapter.name },
                                           builder: builder, folder: folder)
                checks += try grader.grade(expected: expected[chapter.name] ?? [])
            }
        } catch {
            let note = "not graded: " + ((error as? BookError)?.description ?? "\(error)")
            checks = gradedChapters.flatMap { chapter in
                ChapterGrader.rows(chapter, student: submission.name, expected: expected[chapter.name] ?? []) { _ in
                    (nil, note)
                }
            }
        }
        return StudentGrades(student: submission.name, checks: checks)
    }

    /// A new, empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("book-grade-XXXXXX").path
        var template = Array(base.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw BookError(.io, at: SourceLocation(path: FileManager.default.temporaryDirectory.path),
                            "cannot create a scratch folder to grade in")
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return URL(fileURLWithPath: path, isDirectory: true)
    }
}
