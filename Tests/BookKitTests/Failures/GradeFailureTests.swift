import Foundation
import XCTest
@testable import BookKit

/// The mistakes of a teacher running `book grade`: each is refused with exit status 64 before
/// any student's code runs, and no report is written.
final class GradeFailureTests: XCTestCase {
    /// The fixture book with exercises, a folder beside it, and a student's copy in it (made by
    /// hand: a chapters folder is what grading needs to start).
    private func setUp() throws -> (book: BookProcess, room: URL, copy: URL) {
        let root = try fixtureBook("GradingBook", self)
        let room = root.deletingLastPathComponent().appendingPathComponent("room")
        let copy = room.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("chapters"),
                                                withIntermediateDirectories: true)
        return (BookProcess(root: root), room, copy)
    }

    private func assertRefused(_ outcome: BookProcess.Outcome, _ message: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(outcome.status, 64, outcome.errors, file: file, line: line)
        XCTAssertTrue(outcome.errors.contains(message), outcome.errors, file: file, line: line)
        XCTAssertFalse(outcome.errors.contains("running the teacher's solutions"), outcome.errors,
                       file: file, line: line)
    }

    func testAMissingFolderOrOneWithoutChaptersIsNoSubmission() throws {
        let (book, room, copy) = try setUp()
        let report = room.appendingPathComponent("report").path
        assertRefused(try book.run(["grade", room.appendingPathComponent("nobody").path, "--out", report]),
                      "room/nobody: error: no such folder to grade")
        let empty = room.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        assertRefused(try book.run(["grade", copy.path, empty.path, "--out", report]),
                      "room/empty: error: this is not a student's copy: it has no chapters/ folder")
        assertRefused(try book.run(["grade", book.root.path, "--out", report]),
                      "error: this is the teacher's book, not a student's copy")
        XCTAssertFalse(FileManager.default.fileExists(atPath: report))
    }

    func testTwoSubmissionsWithOneNameAreRefused() throws {
        let (book, room, copy) = try setUp()
        let other = room.appendingPathComponent("second/ana")
        try FileManager.default.createDirectory(at: other.appendingPathComponent("chapters"),
                                                withIntermediateDirectories: true)
        assertRefused(try book.run(["grade", copy.path, other.path, "--out", room.appendingPathComponent("r").path]),
                      "second/ana: error: two submissions are named 'ana': this folder and ")
    }

    func testTheReportGoesOutsideTheBookAndTheSubmissionsIntoANewFolder() throws {
        let (book, room, copy) = try setUp()
        assertRefused(try book.run(["grade", copy.path, "--out", book.root.appendingPathComponent("grades").path]),
                      "error: the report cannot be written inside the teacher's book")
        assertRefused(try book.run(["grade", copy.path, "--out", copy.appendingPathComponent("grades").path]),
                      "error: the report cannot be written inside the submission 'ana'")
        let taken = room.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: taken.appendingPathComponent("grades.csv"))
        assertRefused(try book.run(["grade", copy.path, "--out", taken.path]),
                      "taken: error: this exists and is not an empty folder")
        XCTAssertEqual(try Data(contentsOf: taken.appendingPathComponent("grades.csv")), Data("old".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: book.root.appendingPathComponent("grades").path))
    }

    func testABookWithoutExercisesHasNothingToGrade() throws {
        let (book, room, copy) = try setUp()
        try FileManager.default.removeItem(at: book.root.appendingPathComponent("chapters/01-sums.md"))
        try Data("---\ntitle: Plain\n---\n\nNo exercise.\n".utf8)
            .write(to: book.root.appendingPathComponent("chapters/01-plain.md"))
        let outcome = try book.run(["grade", copy.path, "--out", room.appendingPathComponent("r").path])
        XCTAssertEqual(outcome.status, 64, outcome.errors)
        XCTAssertTrue(outcome.errors.contains("chapters: error: the book has no exercise to grade"), outcome.errors)
    }

    func testATeacherSolutionThatFailsItsOwnCheckStopsGradingAtTheCheck() throws {
        let (book, room, copy) = try setUp()
        let chapter = book.root.appendingPathComponent("chapters/01-sums.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try text.replacingOccurrences(of: "return numbers.max()!", with: "return numbers.min()!")
            .write(to: chapter, atomically: true, encoding: .utf8)
        let report = room.appendingPathComponent("r")
        let outcome = try book.run(["grade", copy.path, "--out", report.path])
        XCTAssertEqual(outcome.status, 65, outcome.errors)
        XCTAssertTrue(outcome.errors.contains("chapters/01-sums.md:49:1: error: the teacher's solution fails its "
            + "own check 'the largest of 3, 9 and 4 is 9'"), outcome.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: report.path))
    }
}
