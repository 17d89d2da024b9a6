import Foundation
import XCTest
import ZIPFoundation
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
        // The student's site offers the handout, not the student's copy: that is the teacher's to give.
        XCTAssertFalse(written.contains("student-copy.zip"))
        let studentIndex = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(studentIndex.contains("<a href=\"book.html\">the whole book on one page (book.html)</a></p>"),
                      studentIndex)
        XCTAssertFalse(studentIndex.contains("student-copy.zip"))
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
        let teacherZip = try Data(contentsOf: root.appendingPathComponent("teacher-site/student-copy.zip"))
        let teacherAgain = try book.run(["build", "--jobs", "1", "--out", "teacher-site"])
        XCTAssertEqual(teacherAgain.status, 0)
        // The student's copy in the teacher's site has the same bytes in every build.
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("teacher-site/student-copy.zip")), teacherZip)
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

    /// The entries of the ZIP file `file`: path to contents (folders end in '/', with no contents).
    private func zipEntries(_ file: URL) throws -> [(path: String, data: Data)] {
        let archive = try Archive(url: file, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            if entry.type == .file { _ = try archive.extract(entry) { data.append($0) } }
            return (entry.path, data)
        }
    }

    func testTheTeachersSiteOffersTheStudentsCopyAsTheZipTheExportWrites() throws {
        let root = try fixtureBook("ExerciseBook", self)
        // What a clone of the book would not hold stays out of the copy: what .gitignore
        // leaves out, and the site; a script keeps its mode.
        try Data("Package.resolved\n__pycache__/\n".utf8).write(to: root.appendingPathComponent(".gitignore"))
        try Data("pins".utf8).write(to: root.appendingPathComponent("Package.resolved"))
        let tools = root.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools.appendingPathComponent("__pycache__"),
                                                withIntermediateDirectories: true)
        try Data("cache".utf8).write(to: tools.appendingPathComponent("__pycache__/run.pyc"))
        try Data("#!/bin/sh\n".utf8).write(to: tools.appendingPathComponent("run"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755],
                                              ofItemAtPath: tools.appendingPathComponent("run").path)
        let book = BookProcess(root: root)
        let teacher = try book.run(["build", "--jobs", "1"])
        XCTAssertEqual(teacher.status, 0, teacher.errors)
        let site = root.appendingPathComponent("output")
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<p class=\"downloads\">Download: <a href=\"book.html\">the whole book on one "
            + "page (book.html)</a> · <a href=\"student-copy.zip\" download>the students’ copy of the sources, "
            + "without solutions (student-copy.zip)</a></p>"), index)
        for name in ["book.html", "student-copy.zip"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent(name).path), name)
        }

        // The export writes the same bytes, wherever and whenever it is written, and they list
        // exactly the files of the folder export, under a folder named after the file.
        let zip = try Data(contentsOf: site.appendingPathComponent("student-copy.zip"))
        let outside = try temporaryFolder(self)
        let export = try book.run(["export", "--edition", "student", "--zip", outside.path + "/student-copy.zip"])
        XCTAssertEqual(export.status, 0, export.errors)
        XCTAssertTrue(export.errors.contains("wrote the student's copy (2 chapters) to \(outside.path)/student-copy.zip"),
                      export.errors)
        XCTAssertEqual(try Data(contentsOf: outside.appendingPathComponent("student-copy.zip")), zip)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)],
                                              ofItemAtPath: root.appendingPathComponent("chapters/01-sums.md").path)
        let other = try temporaryFolder(self).appendingPathComponent("student-copy.zip")
        XCTAssertEqual(try book.run(["export", "--edition", "student", "--zip", other.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: other), zip)

        let folderCopy = outside.appendingPathComponent("folder")
        XCTAssertEqual(try book.run(["export", "--edition", "student", "--out", folderCopy.path]).status, 0)
        let folder = try allFiles(folderCopy)
        XCTAssertEqual(folder.keys.sorted(), [".gitignore", "chapters/01-sums.md", "chapters/02-more.md",
                                              "chapters/book.yml", "tools/run"])
        let entries = try zipEntries(other)
        XCTAssertEqual(entries.map(\.path), ["student-copy/", "student-copy/.gitignore", "student-copy/chapters/",
                                             "student-copy/chapters/01-sums.md", "student-copy/chapters/02-more.md",
                                             "student-copy/chapters/book.yml", "student-copy/tools/",
                                             "student-copy/tools/run"])
        for (path, data) in entries where !path.hasSuffix("/") {
            XCTAssertEqual(data, folder[String(path.dropFirst("student-copy/".count))], path)
        }
        // No byte of a solution or a hidden test, in the file or in any entry.
        for secret in secrets {
            XCTAssertNil(zip.range(of: Data(secret.utf8)), secret)
            for (path, data) in entries where data.range(of: Data(secret.utf8)) != nil {
                XCTFail("\(path) holds '\(secret)'")
            }
        }
    }

    func testTheZipExportRefusesAnExistingFileAndAsksForOneTarget() throws {
        let root = try fixtureBook("ExerciseBook", self)
        let book = BookProcess(root: root)
        let taken = root.appendingPathComponent("copy.zip")
        try Data("mine".utf8).write(to: taken)
        let existing = try book.run(["export", "--edition", "student", "--zip", "copy.zip"])
        XCTAssertEqual(existing.status, 64)
        XCTAssertTrue(existing.errors.contains("copy.zip: error: this exists"), existing.errors)
        XCTAssertTrue(existing.errors.contains("an export never replaces a file"), existing.errors)
        XCTAssertEqual(try Data(contentsOf: taken), Data("mine".utf8))

        let intoChapters = try book.run(["export", "--edition", "student", "--zip", "chapters/copy.zip"])
        XCTAssertEqual(intoChapters.status, 64)
        XCTAssertTrue(intoChapters.errors.contains("cannot be written into chapters/"), intoChapters.errors)
        let noFolder = try book.run(["export", "--edition", "student", "--zip", "missing/copy.zip"])
        XCTAssertEqual(noFolder.status, 74)
        XCTAssertTrue(noFolder.errors.contains("missing/copy.zip: error: cannot write the student's copy"),
                      noFolder.errors)
        for arguments in [["--out", "folder", "--zip", "other.zip"], []] {
            let outcome = try book.run(["export", "--edition", "student"] + arguments)
            XCTAssertEqual(outcome.status, 64)
            XCTAssertTrue(outcome.errors.contains("name where the copy goes: a new folder with --out or a new file "
                + "with --zip"), outcome.errors)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(),
                       ["chapters", "copy.zip"])
    }

    func testAMistakeInAChapterLeavesTheStudentsCopyOutOfTheSite() throws {
        let root = try fixtureBook("ExerciseBook", self)
        let book = BookProcess(root: root)
        XCTAssertEqual(try book.run(["build", "--jobs", "1"]).status, 0)
        let site = root.appendingPathComponent("output")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("student-copy.zip").path))
        let chapter = root.appendingPathComponent("chapters/02-more.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try (text + "\n```swift solution\nlet doubled = 4\n```\n").write(to: chapter, atomically: true, encoding: .utf8)
        let broken = try book.run(["build", "--jobs", "1"])
        XCTAssertEqual(broken.status, 1, broken.errors)
        XCTAssertTrue(broken.errors.contains("a 'swift solution' cell belongs inside an exercise"), broken.errors)
        // The other pages are written; the copy, which would stop at the mistake, is not offered.
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("01-sums.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("student-copy.zip").path))
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertFalse(index.contains("student-copy.zip"), index)
        XCTAssertTrue(index.contains("<a href=\"book.html\">"), index)
    }
}
