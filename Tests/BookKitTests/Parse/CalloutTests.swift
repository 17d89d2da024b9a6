import XCTest
@testable import BookKit

/// Callouts: Pandoc fenced divs as Quarto writes them, their titles, nesting, cells and values
/// inside, and the error for one never closed.
final class CalloutTests: XCTestCase {
    private let frontMatter = "---\ntitle: T\n---\n"

    func testQuartoCalloutTakesItsHeadingAsTitleAndKeepsItOutOfTheSections() throws {
        let chapter = try parseChapter(frontMatter + """

        ## A section

        ::: {.callout-warning}
        ## The article's *code* is wrong
        It adds a constant.
        :::
        """)
        XCTAssertEqual(chapter.headings.map(\.title), ["A section"])
        XCTAssertTrue(proseHTML(chapter).contains("""
        <div class="callout callout-warning" role="note">
        <p class="callout-title">The article's <em>code</em> is wrong</p>
        <p>It adds a constant.</p>
        </div>

        """), proseHTML(chapter))
    }

    func testShortFormAndTitleAttributeAndDefaultTitles() throws {
        let chapter = try parseChapter(frontMatter + """

        ::: note
        Plain.
        :::

        ::: {.callout-tip title="Try λ = 0"}
        Tip.
        :::

        ::: {.caution}
        Careful.
        :::
        """)
        let body = proseHTML(chapter)
        XCTAssertTrue(body.contains("<div class=\"callout callout-note\" role=\"note\">\n"
            + "<p class=\"callout-title\">Note</p>\n<p>Plain.</p>\n</div>\n"), body)
        XCTAssertTrue(body.contains("<p class=\"callout-title\">Try λ = 0</p>\n<p>Tip.</p>"))
        XCTAssertTrue(body.contains("<div class=\"callout callout-caution\" role=\"note\">\n"
            + "<p class=\"callout-title\">Caution</p>"))
    }

    func testCalloutsNestAndHoldCellsAndInlineValues() throws {
        let chapter = try parseChapter(frontMatter + """

        ::: {.callout-important}
        The loss is {{ loss }}.
        ::: tip
        ```swift
        let x = 1
        ```
        :::
        After the tip.
        :::
        """)
        XCTAssertEqual(chapter.cells.map(\.fenceLine), [8])
        XCTAssertEqual(chapter.inlineValues.map(\.line), [6])
        let page = renderedPage(chapter, result: succeededRun(chapter, values: ["0.5"]))
        let open = page.range(of: "<div class=\"callout callout-important\"")!.lowerBound
        let inner = page.range(of: "<div class=\"callout callout-tip\"")!.lowerBound
        let cell = page.range(of: "<div class=\"cell\" id=\"cell-1\">")!.lowerBound
        let after = page.range(of: "<p>After the tip.</p>\n</div>")!.lowerBound
        XCTAssertTrue(open < inner && inner < cell && cell < after)
        XCTAssertTrue(page.contains("The loss is <span class=\"value\">0.5</span>."))
    }

    func testUnclosedCalloutIsAnErrorAtItsOpeningLine() {
        assertBookError(line: 9, containing: "this 'note' callout is never closed") {
            _ = try parseChapter(frontMatter + "\n::: warning\nclosed\n:::\n\n::: note\nText.\n")
        }
    }

    func testUnknownKindIsAnErrorAndFencesInCodeAreLeftAlone() throws {
        assertBookError(line: 5, containing: "'::: {.sidebar}' is not a callout the book knows") {
            _ = try parseChapter(frontMatter + "\n::: {.sidebar}\nText.\n:::\n")
        }
        let chapter = try parseChapter(frontMatter + "\n```text\n::: note\n```\n")
        XCTAssertTrue(proseHTML(chapter).contains("::: note"))
    }
}
