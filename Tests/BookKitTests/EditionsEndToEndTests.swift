import Foundation
import XCTest
@testable import BookKit

/// The two editions of a small book with exercises, built by the `book` command as a teacher
/// runs it: the teacher's site runs the solutions and passes their checks; the student's site
/// and the student's copy of the sources hold no byte of a solution or a hidden test, and the
/// copy builds with the same command.
final class EditionsEndToEndTests: XCTestCase {
    /// Every text of the fixture that only the teacher's copy may hold (the fixture marks each
    /// solution line, solution paragraph and hidden claim with TEACHER-ONLY), and the markup
    /// that would carry them (the style sheet's selectors for it are no text of an exercise).
    private let secrets = ["TEACHER-ONLY", "swift solution", "swift hidden-tests", "{.solution}",
                           "class=\"solution\"", "class=\"hidden-tests\"", "cell-solution", "cell-hidden-tests"]

    /// Every file under `folder`, hidden ones included, by path relative to it.
    private func allFiles(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Fails for each file of `folder` that contains one of the teacher's texts, in any byte.
    private func assertNoSecret(in folder: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let files = try allFiles(folder)
        XCTAssertFalse(files.isEmpty, file: file, line: line)
        for (name, data) in files {
            for secret in secrets where data.range(of: Data(secret.utf8)) != nil {
                XCTFail("\(name) holds '\(secret)'", file: file, line: line)
            }
        }
    }

    func testStudentSiteAndCopyHoldNoSolutionAndTheCopyBuilds() throws {
        let root = try fixtureBook("ExerciseBook", self)
        let book = BookProcess(root: root)

        let teacher = try book.run(["build", "--jobs", "1", "--out", "teacher-site"])
        XCTAssertEqual(teacher.status, 0, teacher.errors)
        let teacherPage = try String(contentsOf: root.appendingPathComponent("teacher-site/01-sums.html"),
                                     encoding: .utf8)
        // The solution ran: its total fills the prose, and its visible and hidden checks pass.
        XCTAssertTrue(teacherPage.contains("The total is <span class=\"value\">6</span>."), teacherPage)
        XCTAssertTrue(teacherPage.contains("<li class=\"passed\"><span class=\"mark\" aria-label=\"passed\">✓</span> "
            + "the total is 6 <span class=\"points\">(2 points)</span></li>"))
        XCTAssertTrue(teacherPage.contains("TEACHER-ONLY-HIDDEN: the total agrees with reduce"))
        XCTAssertTrue(teacherPage.contains("<details class=\"solution\">"))
        let morePage = try String(contentsOf: root.appendingPathComponent("teacher-site/02-more.html"),
                                  encoding: .utf8)
        XCTAssertTrue(morePage.contains("<a class=\"xref\" href=\"01-sums.html#ex-total\">Exercise 1.1</a>"))
        // An exercise without a solution ran its starter: its failing test is shown, and is the
        // student's to pass, not a failure of the build (the exit status above).
        XCTAssertTrue(morePage.contains("<li class=\"failed\">"))

        let student = try book.run(["build", "--jobs", "1", "--edition", "student", "--out", "student-site"])
        XCTAssertEqual(student.status, 0, student.errors)
        // The chapter whose text the edition changes runs again; the one it leaves as it is
        // shares the teacher's result.
        XCTAssertTrue(student.errors.contains("[01-sums] compiling"), student.errors)
        XCTAssertTrue(student.errors.contains("[02-more] cached"), student.errors)
        let site = root.appendingPathComponent("student-site")
        // The scan covers every kind of file a site holds: pages, the handout, the search index
        // and the chapters' Markdown offered for download.
        let written = try allFiles(site).keys
        for name in ["01-sums.html", "book.html", "search-index.js", "01-sums.md", "results.json"] {
            XCTAssertTrue(written.contains(name), name)
        }
        try assertNoSecret(in: site)
        let studentPage = try String(contentsOf: site.appendingPathComponent("01-sums.html"), encoding: .utf8)
        // Its numbers come from the starter code.
        XCTAssertTrue(studentPage.contains("The total is <span class=\"value\">0</span>."), studentPage)
        XCTAssertTrue(studentPage.contains("<li class=\"failed\">"))
        // The editions have their own cache entries: building each again runs nothing and
        // writes the same bytes. Without --out, the student's edition goes to student-site,
        // never over the teacher's output/.
        let before = try allFiles(site)
        let again = try book.run(["build", "--jobs", "1", "--edition", "student"])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertEqual(try allFiles(site), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
        let teacherAgain = try book.run(["build", "--jobs", "1", "--out", "teacher-site"])
        XCTAssertEqual(teacherAgain.status, 0)
        XCTAssertTrue(try String(contentsOf: root.appendingPathComponent("teacher-site/01-sums.html"), encoding: .utf8)
            .contains("The total is <span class=\"value\">6</span>."))

        let export = try book.run(["export", "--edition", "student", "--out", "student-copy"])
        XCTAssertEqual(export.status, 0, export.errors)
        let copy = root.appendingPathComponent("student-copy")
        // Neither site is copied (the teacher's shows the solutions), nor the cache.
        XCTAssertEqual(try allFiles(copy).keys.sorted(),
                       ["chapters/01-sums.md", "chapters/02-more.md", "chapters/book.yml"])
        try assertNoSecret(in: copy)
        let studentBuild = try BookProcess(root: copy).run(["build", "--jobs", "1"])
        XCTAssertEqual(studentBuild.status, 0, studentBuild.errors)
        let copyPage = try String(contentsOf: copy.appendingPathComponent("output/01-sums.html"), encoding: .utf8)
        XCTAssertTrue(copyPage.contains("The total is <span class=\"value\">0</span>."))
        try assertNoSecret(in: copy)
    }

    func testExportRefusesAFolderThatIsNotEmptyAndWritesNothing() throws {
        let root = try fixtureBook("ExerciseBook", self)
        let target = root.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: target.appendingPathComponent("notes.txt"))
        let outcome = try BookProcess(root: root).run(["export", "--edition", "student", "--out", "taken"])
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.errors.contains("taken: error: this exists and is not an empty folder"), outcome.errors)
        XCTAssertEqual(try allFiles(target).keys.sorted(), ["notes.txt"])
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: root.path).contains { $0.contains("partial") })

        let teacher = try BookProcess(root: root).run(["export", "--out", "copy"])
        XCTAssertEqual(teacher.status, 64)
        XCTAssertTrue(teacher.errors.contains("only '--edition student' can be exported"), teacher.errors)
        let misspelt = try BookProcess(root: root).run(["build", "--edition", "teachers"])
        XCTAssertEqual(misspelt.status, 64)
        XCTAssertTrue(misspelt.errors.contains("--edition is 'teacher' or 'student', not 'teachers'"), misspelt.errors)
        let overBook = try BookProcess(root: root).run(["export", "--edition", "student", "--out", "."])
        XCTAssertEqual(overBook.status, 64)
        XCTAssertTrue(overBook.errors.contains("cannot be written over the book itself"), overBook.errors)
        let intoChapters = try BookProcess(root: root).run(["export", "--edition", "student", "--out", "chapters/x"])
        XCTAssertTrue(intoChapters.errors.contains("cannot be written into chapters/"), intoChapters.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("chapters/x").path))
    }

    func testBrokenExerciseStopsTheExportAtItsLine() throws {
        let root = try fixtureBook("ExerciseBook", self)
        let chapter = root.appendingPathComponent("chapters/02-more.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try (text + "\n```swift solution\nlet doubled = 4\n```\n").write(to: chapter, atomically: true, encoding: .utf8)
        let outcome = try BookProcess(root: root).run(["export", "--edition", "student", "--out", "copy"])
        XCTAssertEqual(outcome.status, 65)
        XCTAssertTrue(outcome.errors.contains("chapters/02-more.md:19:1: error: a 'swift solution' cell belongs "
            + "inside an exercise"), outcome.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("copy").path))
    }
}
