import Foundation
import XCTest
@testable import BookKit

/// `book grade` on a class of six made from the student's copy of a small book with two
/// exercises (5 and 3 points, visible and hidden tests): one correct, one partly correct, one
/// that does not compile, one that traps, one that runs forever and one that edits a test.
final class GradingEndToEndTests: XCTestCase {
    /// A copy of the student's copy `base` named `name` in `folder`, with each pair of
    /// `edits` (old text, new text) made in its chapter; returns it and its chapter's text.
    private func submission(_ name: String, from base: URL, in folder: URL,
                            _ edits: [(String, String)]) throws -> (URL, String) {
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: base, to: copy)
        let chapter = copy.appendingPathComponent("chapters/01-sums.md")
        var text = try String(contentsOf: chapter, encoding: .utf8)
        for (old, new) in edits {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: chapter, atomically: true, encoding: .utf8)
        return (copy, text)
    }

    /// The 1-based line of `text` that contains `fragment`.
    private func line(of fragment: String, in text: String) throws -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try XCTUnwrap(lines.firstIndex { $0.contains(fragment) }) + 1
    }

    func testAClassOfSixIsGradedWithTheTeachersTests() throws {
        let start = Date()
        let root = try fixtureBook("GradingBook", self)
        let bookBefore = try allFiles(root)
        let room = try temporaryFolder(self)
        let book = BookProcess(root: root)
        let base = room.appendingPathComponent("base")
        let export = try book.run(["export", "--edition", "student", "--out", base.path])
        XCTAssertEqual(export.status, 0, export.errors)
        let starterTotal = "    return 0\n"
        let starterLargest = "    return numbers[0]\n"
        let correctTotal = "    return numbers.reduce(0, +)\n"
        let correctLargest = "    return numbers.max()!\n"
        let class_ = room.appendingPathComponent("class")
        try FileManager.default.createDirectory(at: class_, withIntermediateDirectories: true)
        let (correct, _) = try submission("correct", from: base, in: class_,
                                          [(starterTotal, correctTotal), (starterLargest, correctLargest)])
        // Right on the visible test, wrong for negative numbers (the hidden test).
        let (partly, _) = try submission("partly, correct", from: base, in: class_,
                                         [(starterTotal, correctTotal),
                                          (starterLargest, "    return numbers.reduce(0, max)\n")])
        let (broken, brokenText) = try submission("broken", from: base, in: class_,
                                                  [(starterTotal, "    return numbers.sum()\n"),
                                                   (starterLargest, correctLargest)])
        let (trapping, trappingText) = try submission("trap & co", from: base, in: class_,
                                                      [(starterTotal, correctTotal),
                                                       (starterLargest, "    return numbers.sorted()[numbers.count]\n")])
        let (endless, endlessText) = try submission("endless", from: base, in: class_, [
            (starterTotal, "    var sum = 0\n    var i = 0\n    while i < numbers.count { sum += numbers[i] }\n    return sum\n"),
            (starterLargest, "    return numbers.reduce(0, max)\n"),
        ])
        // Keeps the starter of `total` and changes its test to pass it.
        let (edited, _) = try submission("edited", from: base, in: class_,
                                         [("check(total([1, 2, 3]) == 6,", "check(total([1, 2, 3]) == 0,"),
                                          (starterLargest, correctLargest)])
        let report = room.appendingPathComponent("report")
        let graded = Date()
        let outcome = try book.run(["grade", correct.path, partly.path, broken.path, trapping.path, endless.path,
                                    edited.path, "--out", report.path, "--jobs", "2"])
        let gradingSeconds = Date().timeIntervalSince(graded)
        XCTAssertEqual(outcome.status, 0, outcome.errors)

        let csv = try String(contentsOf: report.appendingPathComponent("grades.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        let rows = csv.components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(rows.first, "student,chapter,exercise,check,passed,points,possible,note")
        // Five checks per student, students in name order, checks in the book's order.
        XCTAssertEqual(rows.count, 1 + 6 * 5)
        let students = rows.dropFirst().map { row in
            row.hasPrefix("\"") ? String(row.dropFirst().prefix { $0 != "\"" }) : String(row.prefix { $0 != "," })
        }
        XCTAssertEqual(students, ["broken", "correct", "edited", "endless", "partly, correct", "trap & co"]
            .flatMap { Array(repeating: $0, count: 5) })
        let sumLine = try line(of: "numbers.sum()", in: brokenText)
        XCTAssertTrue(rows[1].hasPrefix("broken,01-sums,1.1,1 + 2 + 3 is 6,no,0,2,does not compile: "
            + "chapters/01-sums.md:\(sumLine):"), rows[1])
        XCTAssertTrue(rows[1].hasSuffix(": error: value of type '[Int]' has no member 'sum'"), rows[1])
        XCTAssertEqual(Array(rows[6...10]), [
            "correct,01-sums,1.1,1 + 2 + 3 is 6,yes,2,2,",
            "correct,01-sums,1.1,the empty sum is 0,yes,1,1,",
            "correct,01-sums,1.1,negative numbers count,yes,2,2,",
            "correct,01-sums,1.2,\"the largest of 3, 9 and 4 is 9\",yes,2,2,",
            "correct,01-sums,1.2,the largest of -2 and -7 is -2,yes,1,1,",
        ])

        func points(_ student: String) -> (earned: Int, notes: [String]) {
            let mine = rows.dropFirst().filter { $0.hasPrefix(student.contains(",") ? "\"\(student)\"," : student + ",") }
            let earned = mine.reduce(0) { sum, row in
                let fields = row.split(separator: ",", omittingEmptySubsequences: false)
                let exercise = fields.firstIndex { $0 == "1.1" || $0 == "1.2" }!
                let passed = fields.dropFirst(exercise + 1).firstIndex { $0 == "yes" || $0 == "no" }!
                return sum + Int(fields[passed + 1])!
            }
            return (earned, mine)
        }
        XCTAssertEqual(points("correct").earned, 8)
        XCTAssertEqual(points("partly, correct").earned, 7)
        XCTAssertEqual(points("broken").earned, 3)
        XCTAssertEqual(points("trap & co").earned, 5)
        XCTAssertEqual(points("endless").earned, 2)
        XCTAssertEqual(points("edited").earned, 4)
        // The endless loop is stopped at the time limit; the other exercise is still graded.
        let endlessNotes = points("endless").notes
        // It was running the visible test, which the student's file has too: named at its line there.
        let testLine = try line(of: "check(total([1, 2, 3]) == 6", in: endlessText)
        XCTAssertEqual(endlessNotes.filter { $0.hasSuffix(",\"timed out: still running after the chapter's time "
            + "limit of 2 s, in the cell of chapters/01-sums.md:\(testLine):1\"") }.count,
                       3, endlessNotes.joined(separator: "\n"))
        XCTAssertTrue(endlessNotes[3].hasSuffix(",yes,2,2,"), endlessNotes[3])
        let trapLine = try line(of: "numbers.sorted()[numbers.count]", in: trappingText)
        XCTAssertTrue(points("trap & co").notes[3].contains(",no,0,2,\"trapped: chapters/01-sums.md:\(trapLine):"),
                      points("trap & co").notes.joined(separator: "\n"))
        XCTAssertTrue(points("edited").notes.allSatisfy { row in
            row.contains(",1.1,") == row.hasSuffix("tests edited; the teacher's tests were used")
        }, points("edited").notes.joined(separator: "\n"))
        XCTAssertTrue(outcome.errors.contains("[edited] 4 of 8 points"), outcome.errors)

        // A feedback page per student, what the student wrote escaped, and tidy-clean.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: report.path).sorted(), [
            "broken.html", "correct.html", "edited.html", "endless.html", "grades.csv", "partly, correct.html",
            "trap & co.html",
        ])
        let page = try String(contentsOf: report.appendingPathComponent("trap & co.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<h1>Feedback: trap &amp; co</h1>"), page)
        XCTAssertTrue(page.contains("<p class=\"total\">5 of 8 points.</p>"), page)
        let brokenPage = try String(contentsOf: report.appendingPathComponent("broken.html"), encoding: .utf8)
        XCTAssertTrue(brokenPage.contains("value of type &#39;[Int]&#39; has no member &#39;sum&#39;"), brokenPage)
        if let tidy = try tidyReport(page) { XCTAssertEqual(tidy, "", page) }

        // Grading changed no byte of the teacher's book, nor any submission.
        XCTAssertEqual(try allFiles(root), bookBefore)
        XCTAssertEqual(try allFiles(correct).keys.sorted(), ["chapters/01-sums.md", "chapters/book.yml"])
        print("grading six submissions took \(gradingSeconds) s; the whole test \(Date().timeIntervalSince(start)) s")
    }

    /// A copy without the chapter, one whose chapter cannot be read, and one without an
    /// exercise: each costs the checks it concerns, with a note, and the rest is graded.
    func testMistakesOfACopyCostOnlyTheChecksTheyConcern() throws {
        let root = try fixtureBook("GradingBook", self)
        let room = try temporaryFolder(self)
        let book = BookProcess(root: root)
        let base = room.appendingPathComponent("base")
        XCTAssertEqual(try book.run(["export", "--edition", "student", "--out", base.path]).status, 0)
        let class_ = room.appendingPathComponent("class")
        try FileManager.default.createDirectory(at: class_, withIntermediateDirectories: true)
        let (absent, _) = try submission("absent", from: base, in: class_, [])
        try FileManager.default.removeItem(at: absent.appendingPathComponent("chapters/01-sums.md"))
        let (unreadable, unreadableText) = try submission("unreadable", from: base, in: class_,
                                                          [("::: {.exercise label=\"largest\"", "::: {.exercise label=\"a b\"")])
        let text = try String(contentsOf: base.appendingPathComponent("chapters/01-sums.md"), encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "::: {.exercise label=\"largest\""))
        let end = try XCTUnwrap(text.range(of: ":::\n", range: start.upperBound..<text.endIndex))
        let (shortened, _) = try submission("shortened", from: base, in: class_,
                                            [(String(text[start.lowerBound..<end.upperBound]), ""),
                                             ("    return 0\n", "    return numbers.reduce(0, +)\n")])
        let report = room.appendingPathComponent("report")
        let outcome = try book.run(["grade", absent.path, unreadable.path, shortened.path, "--out", report.path])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let rows = try String(contentsOf: report.appendingPathComponent("grades.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").dropFirst().dropLast()
        XCTAssertEqual(rows.count, 15)
        XCTAssertEqual(rows.filter { $0.hasPrefix("absent,") && $0.hasSuffix(",no,0,2,the submission has no "
            + "chapters/01-sums.md") || $0.hasSuffix(",no,0,1,the submission has no chapters/01-sums.md") }.count, 5)
        let labelLine = try line(of: "label=\"a b\"", in: unreadableText)
        XCTAssertTrue(rows.filter { $0.hasPrefix("unreadable,") }.allSatisfy {
            $0.contains(",no,0,") && $0.contains("the chapter cannot be read: chapters/01-sums.md:\(labelLine):1: error: ")
        }, rows.joined(separator: "\n"))
        // The exercise it lacks is graded as its starter code (which fails these tests).
        XCTAssertEqual(rows.filter { $0.hasPrefix("shortened,") }, [
            "shortened,01-sums,1.1,1 + 2 + 3 is 6,yes,2,2,",
            "shortened,01-sums,1.1,the empty sum is 0,yes,1,1,",
            "shortened,01-sums,1.1,negative numbers count,yes,2,2,",
            "shortened,01-sums,1.2,\"the largest of 3, 9 and 4 is 9\",no,0,2,"
                + "the submission has no Exercise 1.2; its starter code was graded",
            "shortened,01-sums,1.2,the largest of -2 and -7 is -2,yes,1,1,"
                + "the submission has no Exercise 1.2; its starter code was graded",
        ])
    }
}
