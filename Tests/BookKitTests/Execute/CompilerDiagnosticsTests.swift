import XCTest
@testable import BookKit

/// `CompilerDiagnostics`: which of the compiler's lines becomes the failure, and which cell it
/// belongs to.
final class CompilerDiagnosticsTests: XCTestCase {
    /// Cell 0's code is on lines 6-7, the display cell 1's on line 13, cell 2's on line 17.
    private let chapter = try! parseChapter("""
    ---
    title: "T"
    ---

    ```swift
    let x = 1
    let y = x
    ```

    Prose on line 10.

    ```swift norun
    let shown = 0
    ```

    ```swift
    print(z)
    ```
    """)

    func testTheFirstErrorWinsOverWarningsNotesAndLaterErrors() {
        let output = """
        chapters/01-test.md:7:5: warning: initialization of immutable value 'y' was never used
        chapters/01-test.md:6:5: note: 'x' declared here
        chapters/01-test.md:17:7: error: cannot find 'z' in scope
        chapters/01-test.md:17:7: note: did you mean 'x'?
        chapters/01-test.md:6:9: error: cannot convert value of type 'String' to 'Int'
        error: fatalError

        """
        let failure = CompilerDiagnostics.failure(output, chapter: chapter)
        XCTAssertEqual(failure.location.description, "chapters/01-test.md:17:7")
        XCTAssertEqual(failure.message, "cannot find 'z' in scope")
        XCTAssertEqual(failure.cellIndex, 2)
        XCTAssertEqual(failure.details, output, "the whole output is kept for the page")
    }

    func testAnErrorWithoutAPlaceIsSkippedForOneWithAPlace() {
        let output = """
        <unknown>:0: error: unable to load standard library
        error: link command failed with exit code 1
        chapters/01-test.md:7:1: error: expected expression
        """
        let failure = CompilerDiagnostics.failure(output, chapter: chapter)
        XCTAssertEqual(failure.location.description, "chapters/01-test.md:7:1")
        XCTAssertEqual(failure.cellIndex, 0)
    }

    func testOutputWithoutAnyPlacedErrorFailsAtTheChapterFile() {
        let output = "chapters/01-test.md:7:5: warning: unused\nerror: link command failed with exit code 1\n"
        let failure = CompilerDiagnostics.failure(output, chapter: chapter)
        XCTAssertEqual(failure.location, SourceLocation(path: "chapters/01-test.md"))
        XCTAssertEqual(failure.location.description, "chapters/01-test.md")
        XCTAssertEqual(failure.message, "the chapter's program did not compile")
        XCTAssertNil(failure.cellIndex)
        XCTAssertEqual(CompilerDiagnostics.failure("", chapter: chapter).message,
                       "the chapter's program did not compile")
    }

    func testAnErrorLineIsSplitAtTheLastTwoNumbersBeforeTheMarker() throws {
        let line = "dir:with:colons/a.md:12:3: error: a: error: b"
        let parsed = try XCTUnwrap(CompilerDiagnostics.error(in: line))
        XCTAssertEqual(parsed.0, SourceLocation(path: "dir:with:colons/a.md", line: 12, column: 3))
        XCTAssertEqual(parsed.1, "a: error: b")
        for line in ["a.md:12: error: no column", "a.md:x:3: error: not a line", "12:3: error: no path",
                     "a.md:12:3: warning: not an error", "a.md:12:3: note: error: in a note", ""] {
            XCTAssertNil(CompilerDiagnostics.error(in: line), line)
        }
    }

    func testAnErrorBelongsToTheRunnableCellWhoseLinesHoldIt() {
        func cell(_ line: Int, _ path: String = "chapters/01-test.md") -> Int? {
            let location = SourceLocation(path: path, line: line, column: 1)
            return CompilerDiagnostics.cell(containing: location, in: chapter)
        }
        XCTAssertEqual([5, 6, 7, 8, 10, 13, 16, 17, 18].map { cell($0) },
                       [nil, 0, 0, nil, nil, nil, nil, 2, nil], "a cell's fences are not its code")
        XCTAssertNil(cell(6, "chapters/02-other.md"), "another file's line 6 is not this chapter's")
        XCTAssertNil(cell(6, "main.swift"))
    }

    func testEveryErrorIsKeptInOrderWithItsNotesAndWarningsAreLeftOut() {
        let output = """
        chapters/01-test.md:7:5: warning: initialization of immutable value 'y' was never used
        chapters/01-test.md:6:5: note: 'x' declared here
        chapters/01-test.md:17:7: error: cannot find 'z' in scope
        print(z)
              ^
        chapters/01-test.md:17:7: note: did you mean 'x'?
        chapters/01-test.md:6:9: error: missing arguments for parameters 'categories', 'series' in call
        /pkg/Sources/Notebook/BarChart.swift:36:12: note: 'init(title:categories:series:)' declared here
        error: fatalError

        """
        let result = ChapterResult(status: .compileFailed, cells: [], inlineValues: [], exports: [],
                                   failure: CompilerDiagnostics.failure(output, chapter: chapter))
        XCTAssertEqual(result.failureLines, [
            "chapters/01-test.md:17:7: error: cannot find 'z' in scope",
            "chapters/01-test.md:17:7: note: did you mean 'x'?",
            "chapters/01-test.md:6:9: error: missing arguments for parameters 'categories', 'series' in call",
            "/pkg/Sources/Notebook/BarChart.swift:36:12: note: 'init(title:categories:series:)' declared "
                + "here",
        ])
        var crashed = result
        crashed.status = .crashed
        XCTAssertEqual(crashed.failureLines, ["chapters/01-test.md:17:7: error: cannot find 'z' in scope"],
                       "another failure is its one line")
    }
}
