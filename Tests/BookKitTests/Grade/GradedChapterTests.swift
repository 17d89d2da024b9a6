import XCTest
@testable import BookKit

/// The teacher's chapter with a student's code put in, and where its lines came from.
final class GradedChapterTests: XCTestCase {
    private let teacherText = """
        ---
        title: T
        ---

        ::: {.exercise label="one"}
        ```swift starter
        let x = 0
        ```

        ```swift solution
        let x = 1
        ```

        ```swift tests
        check(x == 1, "x is 1")
        ```
        :::
        """

    func testTheSolutionsCodeIsReplacedAndEachLineKnowsItsOrigin() throws {
        let chapter = try parseChapter(teacherText)
        let answer = GradedChapter.Answer(code: "var x = 2\nx -= 1\n", firstLine: 8)
        let graded = GradedChapter(teacherText: teacherText, chapter: chapter, answers: [0: answer])
        let lines = graded.text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(Array(lines[9...12]), ["```swift solution", "var x = 2", "x -= 1", "```"])
        XCTAssertEqual(lines.count, teacherText.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        XCTAssertEqual(graded.origin(of: 10), .teacher(10))
        XCTAssertEqual(graded.origin(of: 11), .student(line: 8, exercise: 0))
        XCTAssertEqual(graded.origin(of: 12), .student(line: 9, exercise: 0))
        // The teacher's lines after it are one further down than in the teacher's file.
        XCTAssertEqual(graded.origin(of: 16), .teacher(15))
        XCTAssertTrue(lines[15].hasPrefix("check(x == 1"))
        let place = SourceLocation(path: "chapters/01-test.md", line: 12, column: 3)
        XCTAssertEqual(graded.describe(place), "chapters/01-test.md:9:3")
        XCTAssertEqual(graded.describe(SourceLocation(path: "chapters/01-test.md", line: 16, column: 1)),
                       "chapters/01-test.md:15:1 (the teacher's copy)")
        // Without an answer the text is the teacher's, byte for byte.
        XCTAssertEqual(GradedChapter(teacherText: teacherText, chapter: chapter, answers: [:]).text, teacherText)
    }

    func testCellsTheStudentsCopySharesAreNamedAtTheStudentsLine() throws {
        let teacher = try parseChapter(teacherText)
        let studentText = Edition.studentSource(teacherText, path: "chapters/01-test.md")
        let student = try parseChapter(studentText)
        let shared = GradedChapter.sharedLines(teacher, student: student)
        // The tests cell (teacher's lines 14 to 16) moved up by the four lines of the solution.
        XCTAssertEqual(shared[15], 11)
        XCTAssertEqual(shared[14], 10)
        XCTAssertNil(shared[11])
        XCTAssertEqual(studentText.split(separator: "\n", omittingEmptySubsequences: false)[9], "```swift tests")
        let edited = try parseChapter(studentText.replacingOccurrences(of: "x == 1", with: "x == 0"))
        XCTAssertNil(GradedChapter.sharedLines(teacher, student: edited)[15])
    }

    func testAnEmptyAnswerLeavesAnEmptyCell() throws {
        let chapter = try parseChapter(teacherText)
        let graded = GradedChapter(teacherText: teacherText, chapter: chapter,
                                   answers: [0: GradedChapter.Answer(code: "", firstLine: 7)])
        let lines = graded.text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(Array(lines[9...10]), ["```swift solution", "```"])
        XCTAssertEqual(try parseChapter(graded.text).cells.first { $0.mode == .solution }?.code, "")
    }

    func testCSVFieldsAreQuotedAsRFC4180Says() {
        XCTAssertEqual(GradesCSV.field("plain text"), "plain text")
        XCTAssertEqual(GradesCSV.field("a, b"), "\"a, b\"")
        XCTAssertEqual(GradesCSV.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(GradesCSV.field("two\nlines"), "\"two\nlines\"")
        let row = CheckGrade(student: "b", chapter: "01-x", exercise: "1.1", check: "x, y", passed: true,
                             points: 2, possible: 2, note: "")
        let text = GradesCSV.text([StudentGrades(student: "b", checks: [row]),
                                   StudentGrades(student: "a", checks: [row].map { var r = $0; r.student = "a"; return r })])
        XCTAssertEqual(text, "student,chapter,exercise,check,passed,points,possible,note\r\n"
            + "a,01-x,1.1,\"x, y\",yes,2,2,\r\nb,01-x,1.1,\"x, y\",yes,2,2,\r\n")
    }
}
