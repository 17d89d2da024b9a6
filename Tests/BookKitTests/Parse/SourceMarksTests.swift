import XCTest
@testable import BookKit

/// The private-use characters the scans before cmark write into a chapter never reach its page,
/// and an author's own private-use characters are text like any other.
final class SourceMarksTests: XCTestCase {
    func testMarksAvoidTheBlocksTheTextUses() {
        XCTAssertEqual(SourceMarks(avoiding: "plain").base, 0xE000)
        XCTAssertEqual(SourceMarks(avoiding: "a \u{E003} b").base, 0xE010)
        XCTAssertEqual(SourceMarks(avoiding: "\u{E000}\u{E01F}\u{E025}").base, 0xE030)
    }

    func testAnAuthorsPrivateUseCharactersRenderAsThemselves() throws {
        let prose = "Tokens \u{E000}cell-0\u{E001}, \u{E000}math-0\u{E001} and \u{E008}\u{E009}\u{F8FF} stay."
        let chapter = try parseChapter("""
            ---
            title: T
            ---

            \(prose) A formula $x_1$ and a note.[^n]

            ## \u{E008}Heading

            | a | \u{E003} |
            | - | - |
            | 1 | 2 |

            [^n]: The \u{E002} note.

            ```swift
            let x = 1
            ```
            """)
        let html = proseHTML(chapter)
        XCTAssertTrue(html.contains("<p>" + prose + " A formula <math"), html)
        XCTAssertTrue(html.contains(">\u{E008}Heading</h2>"), html)
        XCTAssertTrue(html.contains("<th>\u{E003}</th>"), html)
        XCTAssertTrue(html.contains("<p>The \u{E002} note. <a href=\"#fnref-1\""), html)
        XCTAssertEqual(chapter.headings.map(\.title), ["\u{E008}Heading"])
        let marks = SourceMarks(avoiding: prose)
        XCTAssertEqual(marks.base, 0xE010)
        XCTAssertFalse(html.unicodeScalars.contains { (0xE010..<0xE020).contains($0.value) }, html)
    }
}
