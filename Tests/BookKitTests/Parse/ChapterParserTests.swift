import XCTest
@testable import BookKit

final class ChapterParserTests: XCTestCase {
    func testCellsKeepTheirModesAndLines() throws {
        let chapter = try parseChapter("""
        ---
        title: "Cells"
        ---

        Prose with 中文 and émigré characters.

        ```swift
        let a = 1
        ```

        ```swift hidden
        let b = 2
        ```

        ```python
        not a cell
        ```

        ```swift norun
        let c = 3
        ```
        """)
        XCTAssertEqual(chapter.cells.map(\.mode), [.run, .hidden, .display])
        XCTAssertEqual(chapter.cells.map(\.fenceLine), [7, 11, 19])
        XCTAssertEqual(chapter.cells.map(\.firstCodeLine), [8, 12, 20])
        XCTAssertEqual(chapter.cells[1].code, "let b = 2\n")
        XCTAssertEqual(chapter.runnableCells.map(\.index), [0, 1])
    }

    func testWindowsLineEndingsParseLikeUnixOnes() throws {
        let unix = "---\ntitle: \"T\"\n---\n\nSome {{ x }}.\n\n```swift\nlet x = 1\n```\n"
        let windows = try parseChapter(unix.replacingOccurrences(of: "\n", with: "\r\n"))
        let expected = try parseChapter(unix)
        XCTAssertEqual(windows.frontMatter.title, "T")
        XCTAssertEqual(windows.cells, expected.cells)
        XCTAssertEqual(windows.inlineValues, expected.inlineValues)
    }

    func testInlineValuesHaveLinesAndColumnsAndSkipCode() throws {
        let chapter = try parseChapter("""
        ---
        title: "Values"
        ---
        First {{ a }} here.
        中文 text then {{ b + 1 }} and `{{ code }}`
        and a second line {{c}}.

        ```swift
        let s = "{{ not a value }}"
        ```
        """)
        XCTAssertEqual(chapter.inlineValues.map(\.expression), ["a", "b + 1", "c"])
        XCTAssertEqual(chapter.inlineValues.map(\.line), [4, 5, 6])
        XCTAssertEqual(chapter.inlineValues[0].column, 10)
        // Columns count bytes, as compilers do: the two Chinese characters are six bytes.
        XCTAssertEqual(chapter.inlineValues[1].column, 1 + 6 + " text then {{ ".utf8.count)
        XCTAssertFalse(proseHTML(chapter).contains("{{ a }}"))
        XCTAssertTrue(proseHTML(chapter).contains("<code>{{ code }}</code>"))
    }

    func testFoldedCellRunsAndSummarizesItsFirstComment() throws {
        let chapter = try parseChapter("""
        ---
        title: "Fold"
        ---

        ```swift fold
        // Plot the sweep
        let a = 1
        ```

        ```swift fold
        let b = a
        ```
        """)
        XCTAssertEqual(chapter.cells.map(\.mode), [.fold, .fold])
        XCTAssertEqual(chapter.runnableCells.map(\.index), [0, 1])
        XCTAssertEqual(chapter.cells.map(\.foldSummary), ["Plot the sweep", nil])
        let html = CellRenderer(chapter: chapter).html(chapter.cells[0], output: nil, failure: nil, figures: []).description
        XCTAssertTrue(html.contains("<details class=\"code-fold\">\n<summary>Plot the sweep</summary>\n<pre class=\"code\">"),
                      html)
        XCTAssertFalse(html.contains("<details open"), html)
    }

    func testUnknownCellOptionNamesTheFenceLine() {
        assertBookError(line: 5, containing: "unknown cell option 'hiden'") {
            _ = try parseChapter("---\ntitle: T\n---\n\n```swift hiden\nlet a = 1\n```\n")
        }
    }

    func testUnclosedInlineValueIsAnError() {
        assertBookError(line: 5, containing: "without a closing") {
            _ = try parseChapter("---\ntitle: T\n---\n\nThe value {{ x is open.\n")
        }
    }

    func testFrontMatterErrorsNameTheLine() {
        assertBookError(line: 3, containing: "unknown front matter key 'colour'") {
            _ = try parseChapter("---\ntitle: T\ncolour: red\n---\n")
        }
        assertBookError(line: 2, containing: "'timeout' must be a number") {
            _ = try parseChapter("---\ntimeout: soon\ntitle: T\n---\n")
        }
        assertBookError(line: 1, containing: "must start with front matter") {
            _ = try parseChapter("# No front matter\n")
        }
        assertBookError(line: 2, containing: "no 'title'") {
            _ = try parseChapter("---\nsection: \"1\"\n---\n")
        }
    }

    func testInvalidYAMLIsReportedInsideTheFile() {
        XCTAssertThrowsError(try parseChapter("---\ntitle: [unclosed\n---\n")) { error in
            let error = error as? BookError
            XCTAssertEqual(error?.kind, .input)
            XCTAssertEqual(error?.location?.path, "chapters/01-test.md")
            XCTAssertGreaterThanOrEqual(error?.location?.line ?? 0, 2)
        }
    }

    func testHeadingsGetUniqueAnchors() throws {
        let chapter = try parseChapter(
            "---\ntitle: T\n---\n## What L2 does\n\n## What L2 does\n\n### 引言 Intro\n"
        )
        XCTAssertEqual(chapter.headings.map(\.anchor), ["what-l2-does", "what-l2-does-2", "引言-intro"])
        XCTAssertEqual(chapter.headings.map(\.line), [4, 6, 8])
    }

    func testRawHTMLIsDroppedByDefault() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n<script>alert(1)</script>\n\nText <b>bold</b>.\n")
        XCTAssertFalse(proseHTML(chapter).contains("<script>"))
        XCTAssertFalse(proseHTML(chapter).contains("<b>"))
    }
}
