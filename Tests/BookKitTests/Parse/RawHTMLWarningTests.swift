import XCTest
@testable import BookKit

/// Raw HTML that the book drops (its `allow-raw-html` setting is off) is reported, block by
/// block and tag by tag, at its line.
final class RawHTMLWarningTests: XCTestCase {
    private let text = """
    ---
    title: T
    ---

    <div class="box">
    kept only when allowed
    </div>

    Text with <b>bold</b> and a <https://example.org> link, and `<code>` in code.

    ```swift
    let html = "<p>"
    ```
    """

    func testEachDroppedBlockAndTagGivesAWarningAtItsLineNamingTheSetting() throws {
        let chapter = try ChapterParser.parse(text, number: 1, slug: "test", path: "chapters/01-test.md")
        XCTAssertEqual(chapter.warnings.map(\.location.line), [5, 9, 9])
        XCTAssertEqual(chapter.warnings.first?.description, """
        chapters/01-test.md:5:1: warning: raw HTML block dropped: the book does not allow raw HTML
          hint: set 'allow-raw-html: true' in chapters/book.yml to keep it, or write it in Markdown
        """)
        XCTAssertEqual(chapter.warnings.last?.message,
                       "raw HTML tag dropped: the book does not allow raw HTML")
        XCTAssertFalse(proseHTML(chapter).contains("<div class=\"box\">"))
    }

    func testNoWarningWhenTheBookAllowsRawHTML() throws {
        let chapter = try ChapterParser.parse(text, number: 1, slug: "test", path: "chapters/01-test.md",
                                              allowRawHTML: true)
        XCTAssertEqual(chapter.warnings, [])
        XCTAssertTrue(proseHTML(chapter).contains("<div class=\"box\">"))
    }
}
