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
        let solution = try XCTUnwrap(page.range(of: "<details class=\"solution\">\n<summary>Solution</summary>\n"
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

    func testChineseWordsAndAFailedCheckWithOnePoint() throws {
        XCTAssertEqual(PageWords.chinese.number(.exercise, "2.1"), "练习 2.1")
        XCTAssertEqual(PageWords.chinese.solution, "解答")
        XCTAssertEqual(PageWords.english.points(1), "1 point")
        XCTAssertEqual(PageWords.chinese.points(3), "3 分")
        XCTAssertTrue(try page(.teacher, passed: false).contains("<li class=\"failed\">"))
    }
}
