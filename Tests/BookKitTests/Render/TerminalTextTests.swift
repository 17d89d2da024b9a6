import XCTest
@testable import BookKit

/// `TerminalText.visible`: what a program printed, fit for a page.
final class TerminalTextTests: XCTestCase {
    func testColourAndOtherEscapeSequencesAreDropped() {
        XCTAssertEqual(TerminalText.visible("\u{1B}[1;31mred\u{1B}[0m \u{1B}[2K\u{1B}[10;5Hmoved"),
                       "red moved")
        XCTAssertEqual(TerminalText.visible("\u{1B}]0;title\u{7}a \u{1B}]8;;http://x\u{1B}\\link"), "a link")
    }

    func testOtherControlCharactersAreShownAsTheirSymbols() {
        XCTAssertEqual(TerminalText.visible("a\u{0}b\u{7}c\u{8}d\u{1B}e\u{7F}f\u{85}g"),
                       "a␀b␇c␈d␛e␡f\u{FFFD}g")
        XCTAssertEqual(TerminalText.visible("10%\r20%\r\n"), "10%␍20%\n", "a lone carriage return is shown")
        XCTAssertEqual(TerminalText.visible("\u{1B}["), "", "an unfinished sequence ends the text")
    }

    func testTextWithoutControlCharactersIsUnchanged() {
        let text = "tab\there\nλ = 0.1 中文 \u{FFFD}\n"
        XCTAssertEqual(TerminalText.visible(text), text)
    }

    func testAPageWithControlCharactersInOutputAndFailureIsTidy() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n")
        var result = succeededRun(chapter)
        result.cells[0].stdout = "\u{1B}[32mok\u{1B}[0m\u{0}\u{1}\u{1F}\n"
        result.cells[0].stderr = String(decoding: [0x61, 0xFF, 0x0C, 0x0A], as: UTF8.self)
        result.status = .crashed
        result.failure = Failure(location: SourceLocation(path: chapter.path, line: 6, column: 1),
                                 message: "Fatal error: \u{1B}[1mbold\u{1B}[0m\u{0}", details: "\u{2}x",
                                 cellIndex: 0)
        let page = renderedPage(chapter, result: result)
        XCTAssertTrue(page.contains("<pre class=\"output\" data-label=\"Output\">ok␀␁␟\n</pre>"), page)
        XCTAssertTrue(page.contains("<pre class=\"output stderr\" data-label=\"Standard error\">a\u{FFFD}␌\n</pre>"), page)
        XCTAssertTrue(page.contains("error:</strong> Fatal error: bold␀</p>\n<pre>␂x</pre>"), page)
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, [], page) }
    }
}
