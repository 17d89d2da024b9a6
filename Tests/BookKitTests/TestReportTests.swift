import XCTest
@testable import BookKit

/// `TestReport`: every check a test, a chapter that did not run to its end one failed test, and
/// the last line `N passed, N failed` that scripts read.
final class TestReportTests: XCTestCase {
    private func outcome(number: Int, slug: String, cached: Bool = false, checks: [CheckOutput],
                         failure: Failure? = nil) throws -> ChapterOutcome {
        let chapter = try ChapterParser.parse("---\ntitle: \"T\"\n---\n", number: number, slug: slug,
                                              path: "chapters/0\(number)-\(slug).md")
        let items = checks.map(RichOutput.check)
        let result = ChapterResult(
            status: failure == nil ? .succeeded : .crashed,
            cells: [CellOutput(cellIndex: 0, stdout: "", stderr: "", items: items)],
            inlineValues: [], exports: [], failure: failure
        )
        let key = CacheKey(CacheKey.Inputs(program: "", libraries: "", toolchain: "", data: [], imports: "",
                                           timeLimit: 1))
        return ChapterOutcome(chapter: chapter, result: result, key: key, cached: cached,
                              provenance: Provenance(toolchain: "", cacheKey: key, data: []))
    }

    func testChecksAndFailedRunsAreCountedAndListedByChapter() throws {
        let report = TestReport(outcomes: [
            try outcome(number: 1, slug: "a", checks: [
                CheckOutput(claim: "L2 shrinks the weights", passed: true, line: 9),
                CheckOutput(claim: "the gap is \"small\"", passed: false, line: 14),
            ]),
            try outcome(number: 2, slug: "b", cached: true, checks: [
                CheckOutput(claim: "ran before the crash", passed: true, line: 7),
            ], failure: Failure(location: SourceLocation(path: "chapters/02-b.md", line: 12, column: 1),
                                message: "the program crashed (signal 11)", details: "", cellIndex: 0)),
            try outcome(number: 3, slug: "c", checks: []),
        ])
        XCTAssertEqual(report.text, """
        01-a
          PASS L2 shrinks the weights
          FAIL the gap is "small"
            chapters/01-a.md:14:1: error: check failed: the gap is "small"
        02-b (cached)
          PASS ran before the crash
          FAIL the chapter runs to its end
            chapters/02-b.md:12:1: error: the program crashed (signal 11)
        03-c
        2 passed, 2 failed

        """)
        XCTAssertEqual(report.passed, 2)
        XCTAssertEqual(report.failed, 2)
    }

    /// An exercise without a solution ran its starter: its failing tests are the student's to
    /// pass (counted apart, not failures); with a solution, its failing test is a failure.
    func testAStarterFailingItsExerciseTestsIsToDoNotAFailure() throws {
        func report(solution: Bool) throws -> TestReport {
            let text = "---\ntitle: T\n---\n\n::: {.exercise}\n```swift starter\nlet x = 0\n```\n"
                + (solution ? "```swift solution\nlet x = 1\n```\n" : "")
                + "```swift tests\ncheck(x == 1, \"x is 1\")\n```\n:::\n"
            let chapter = try ChapterParser.parse(text, number: 1, slug: "e", path: "chapters/01-e.md")
            let tests = try XCTUnwrap(chapter.cells.first { $0.mode == .tests })
            let result = succeededRun(chapter, items: [tests.index: [.check(CheckOutput(claim: "x is 1",
                                                                                        passed: false, line: 9))]])
            let key = CacheKey(CacheKey.Inputs(program: "", libraries: "", toolchain: "", data: [], imports: "",
                                               timeLimit: 1))
            return TestReport(outcomes: [ChapterOutcome(chapter: chapter, result: result, key: key, cached: false,
                                                        provenance: Provenance(toolchain: "", cacheKey: key, data: []))])
        }
        let starter = try report(solution: false)
        XCTAssertEqual(starter.lines, [
            "01-e", "  TO DO x is 1",
            "    chapters/01-e.md:9:1: note: an exercise's test that its starter code does not pass yet",
            "0 passed, 0 failed, 1 to do",
        ])
        XCTAssertEqual([starter.failed, starter.toDo], [0, 1])
        let solved = try report(solution: true)
        XCTAssertEqual([solved.failed, solved.toDo], [1, 0])
        XCTAssertEqual(solved.lines.last, "0 passed, 1 failed")
    }

    func testTheLastLineIsTheCountEvenWithNothingToReport() throws {
        XCTAssertEqual(TestReport(outcomes: []).text, "0 passed, 0 failed\n")
        let allPass = TestReport(outcomes: [try outcome(number: 4, slug: "d", checks: [
            CheckOutput(claim: "x", passed: true, line: 5), CheckOutput(claim: "y", passed: true, line: 6),
            CheckOutput(claim: "z", passed: true, line: 7),
        ])])
        XCTAssertEqual(allPass.lines.last, "3 passed, 0 failed")
        XCTAssertEqual(allPass.failed, 0)
    }
}
