import XCTest
@testable import BookKit

/// Footnotes in GFM syntax: numbered by first reference, listed at the end with links back,
/// and errors for a reference without definition or a definition never referenced.
final class FootnoteTests: XCTestCase {
    private let frontMatter = "---\ntitle: T\n---\n"

    func testScannerFindsReferencesButNotLinksOrSpaces() {
        XCTAssertEqual(FootnoteScanner.pieces(of: "a[^x] b [^not this] [^] é[^y-2]"), [
            .text("a", utf8Offset: 0), .reference(name: "x", utf8Offset: 1),
            .text(" b [^not this] [^] é", utf8Offset: 5), .reference(name: "y-2", utf8Offset: 26),
        ])
    }

    func testFootnotesAreNumberedByFirstReferenceAndListedAtTheEnd() throws {
        let chapter = try parseChapter(frontMatter + """

        First[^later] and second[^early], again[^later].

        [^early]: Defined first, with {{ value }}.
        [^later]: One word.

        The end.
        """)
        let page = renderedPage(chapter, result: succeededRun(chapter, values: ["42"]))
        XCTAssertTrue(page.contains(
            "First<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"
            + " and second<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>,"
            + " again<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>."), page)
        XCTAssertTrue(page.contains("""
        <p>The end.</p>
        <section class="footnotes" aria-label="Footnotes">
        <ol>
        <li id="fn-1">
        <p>One word. <a href="#fnref-1" class="footnote-back" aria-label="Back to reference 1">↩</a> \
        <a href="#fnref-1-2" class="footnote-back" aria-label="Back to reference 1-2">↩<sup>2</sup></a></p>
        </li>
        <li id="fn-2">
        <p>Defined first, with <span class="value">42</span>. \
        <a href="#fnref-2" class="footnote-back" aria-label="Back to reference 2">↩</a></p>
        </li>
        </ol>
        </section>
        """), page)
        XCTAssertFalse(page.contains("[^"))
    }

    func testReferenceWithoutDefinitionIsAnErrorAtItsLine() {
        assertBookError(line: 7, containing: "the footnote 'missing' is never defined") {
            _ = try parseChapter(frontMatter + "\nText[^a].\n\nMore[^missing].\n\n[^a]: A.\n")
        }
    }

    func testDefinitionNeverReferencedIsAnErrorAtItsLine() {
        assertBookError(line: 8, containing: "the footnote 'unused' is never referenced") {
            _ = try parseChapter(frontMatter + "\nText[^a].\n\n[^a]: A.\n[^unused]: B.\n")
        }
        assertBookError(line: 9, containing: "the footnote 'a' is defined twice (first on line 7)") {
            _ = try parseChapter(frontMatter + "\nText[^a].\n\n[^a]: A.\n\n[^a]: B.\n")
        }
    }

    func testFootnoteSyntaxInCodeIsLeftAlone() throws {
        let chapter = try parseChapter(frontMatter + "\n`[^a]` and\n\n```text\n[^a]: x\n```\n")
        XCTAssertTrue(proseHTML(chapter).contains("<code>[^a]</code>"))
        XCTAssertTrue(proseHTML(chapter).contains("[^a]: x"))
        XCTAssertFalse(proseHTML(chapter).contains("footnotes"))
    }
}
