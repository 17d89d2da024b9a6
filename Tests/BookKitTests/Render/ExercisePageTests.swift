import XCTest
@testable import BookKit

/// The page of a chapter with an exercise: the solution and hidden tests folded in `<details>`,
/// the starter shown before the solution, points beside a check, `@ex:` links, and the
/// student's page without a trace of the solution.
final class ExercisePageTests: XCTestCase {
    private let text = """
        ---
        title: "Exercises"
        ---

        Solve @ex:sum.

        ::: {.exercise label="sum"}
        Add the numbers.

        ```swift starter
        let total = 0  // STARTER
        ```

        ```swift solution
        let total = 1 + 2  // SOLUTION-CODE
        ```

        ::: {.solution}
        SOLUTION-PROSE.
        :::

        ```swift tests
        check(total == 3, "the total is 3", points: 2)
        ```

        ```swift hidden-tests
        check(total > 0, "HIDDEN-TEST positive")
        ```
        :::
        """

    private func page(_ edition: Edition, passed: Bool = true) throws -> String {
        let chapter = try ChapterParser.parse(text, number: 2, slug: "ex", path: "chapters/02-ex.md",
                                              edition: edition)
        var items: [Int: [RichOutput]] = [:]
        for cell in chapter.cells where cell.mode == .tests {
            items[cell.index] = [.check(CheckOutput(claim: "the total is 3", passed: passed, line: 23, points: 2))]
        }
        for cell in chapter.cells where cell.mode == .hiddenTests {
            items[cell.index] = [.check(CheckOutput(claim: "HIDDEN-TEST positive", passed: true, line: 27))]
        }
        return renderedPage(chapter, result: succeededRun(chapter, items: items))
    }

    func testTeachersPageFoldsTheSolutionAfterTheStarterAndShowsPoints() throws {
        let page = try page(.teacher)
        let starter = try XCTUnwrap(page.range(of: "STARTER"))
        let solution = try XCTUnwrap(page.range(of: "<details class=\"solution\">\n<summary>Solution code</summary>\n"
                                                + "<pre class=\"code\">"))
        XCTAssertLessThan(starter.lowerBound, solution.lowerBound)
        XCTAssertTrue(page.contains("SOLUTION-CODE"))
        XCTAssertTrue(page.contains("<p>SOLUTION-PROSE.</p>\n</details>"), page)
        XCTAssertTrue(page.contains("<details class=\"hidden-tests\">\n<summary>Hidden tests</summary>"))
        XCTAssertTrue(page.contains("the total is 3 <span class=\"points\">(2 points)</span></li>"), page)
        XCTAssertTrue(page.contains("<a class=\"xref\" href=\"#ex-sum\">Exercise 2.1</a>"), page)
        XCTAssertTrue(page.contains("<div class=\"cell cell-starter\""))
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, []) }
    }

    func testStudentsPageHasNoSolutionAndNoHiddenTest() throws {
        let page = try page(.student)
        for secret in ["SOLUTION", "HIDDEN-TEST", "class=\"solution\"", "hidden-tests"] {
            XCTAssertFalse(page.contains(secret), secret)
        }
        XCTAssertTrue(page.contains("STARTER"))
        XCTAssertTrue(page.contains("the total is 3"))
    }

    /// Points grade an exercise: a check with points in an ordinary cell, or worth less than one
    /// point, is an error at the check's line.
    func testPointsOutsideAnExercisesTestsOrBelowOneAreErrorsAtTheCheck() throws {
        let chapter = try ChapterParser.parse(text + "\n\n```swift\ncheck(true, \"loose\", points: 1)\n```\n",
                                              number: 2, slug: "ex", path: "chapters/02-ex.md")
        func outcome(_ items: [Int: [RichOutput]]) -> ChapterOutcome {
            let key = CacheKey(CacheKey.Inputs(program: "", libraries: "", toolchain: "", data: [], imports: "",
                                               timeLimit: 1))
            return ChapterOutcome(chapter: chapter, result: succeededRun(chapter, items: items), key: key,
                                  cached: false, provenance: Provenance(toolchain: "", cacheKey: key, data: []))
        }
        let tests = try XCTUnwrap(chapter.cells.first { $0.mode == .tests }).index
        let plain = try XCTUnwrap(chapter.cells.last).index
        XCTAssertEqual(outcome([tests: [.check(CheckOutput(claim: "ok", passed: true, line: 23, points: 2))]])
            .pointsErrors, [])
        let errors = outcome([
            tests: [.check(CheckOutput(claim: "free", passed: true, line: 23, points: 0))],
            plain: [.check(CheckOutput(claim: "loose", passed: true, line: 32, points: 1))],
        ]).pointsErrors
        XCTAssertEqual(errors.map { $0.location?.line }, [23, 32])
        XCTAssertEqual(errors.map(\.message), ["the check 'free' is worth 0 points",
                                               "the check 'loose' gives points outside an exercise's tests"])
    }

    func testChineseWordsAndAFailedCheckWithOnePoint() throws {
        XCTAssertEqual(PageWords.chinese.number(.exercise, "2.1"), "练习 2.1")
        XCTAssertEqual(PageWords.chinese.solution, "解答")
        XCTAssertEqual(PageWords.english.points(1), "1 point")
        XCTAssertEqual(PageWords.chinese.points(3), "3 分")
        XCTAssertTrue(try page(.teacher, passed: false).contains("<li class=\"failed\">"))
    }
}
