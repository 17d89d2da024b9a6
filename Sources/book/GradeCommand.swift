import ArgumentParser
import BookKit
import Foundation

struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade students' copies: run each student's exercise code with the teacher's tests "
            + "and hidden tests, and write grades.csv and a feedback page per student.",
        discussion: """
        Each SUBMISSION is a folder as 'book export --edition student' wrote it, edited by a \
        student, who is named by the folder's name. The book given by --root is the teacher's. \
        Exits 0 when grading ran, whatever the students scored.
        """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The students' copies, one folder each.")
    var submissions: [String]

    @Option(name: .customLong("out"), help: "The new folder to write the report to (outside the book and the submissions).")
    var output: String

    @Option(help: "How many submissions to grade at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !submissions.isEmpty else { throw ValidationError("name at least one submission to grade") }
    }

    func run() throws {
        try reportingErrors {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let folders = try submissions.map { path in
                try Submission(folder: URL(fileURLWithPath: path, relativeTo: here), bookRoot: common.bookRoot)
            }
            try Submission.requireDistinctNames(folders)
            let destination = URL(fileURLWithPath: output, relativeTo: here).standardizedFileURL
            try GradeReport.validate(destination, bookRoot: common.bookRoot, submissions: folders)
            let book = printingWarnings(try Book.load(root: common.bookRoot))
            let builder = common.builder()
            let grades = try Grader(book: book, workspace: builder.workspace, progress: builder.progress)
                .grade(folders, jobs: jobs)
            try GradeReport.write(grades, to: destination)
            for student in grades {
                print("\(student.student): \(student.points) of \(student.possible) points")
            }
            builder.progress.report("book", "wrote \(output)/grades.csv and \(grades.count) feedback pages")
        }
    }
}
