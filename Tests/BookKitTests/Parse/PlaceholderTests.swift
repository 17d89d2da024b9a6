import XCTest
@testable import BookKit

/// `Placeholder.fill`: tokens of the HTML template replaced in one pass.
final class PlaceholderTests: XCTestCase {
    private func fill(_ template: String, _ replacement: (Placeholder.Kind, Int) -> String? = { kind, index in
        "[\(kind.rawValue) \(index)]"
    }) -> String {
        Placeholder.fill(template, replacement)
    }

    func testEveryKindIsReplacedWithinText() {
        let template = "<p>a \(Placeholder.value(0)) b \(Placeholder.math(12)) c \(Placeholder.reference(3))"
            + " 中文 \(Placeholder.cell(7))</p>"
        XCTAssertEqual(fill(template), "<p>a [value 0] b [math 12] c [reference 3] 中文 [cell 7]</p>")
    }

    func testOnePassReplacementsAreNotExpandedAgain() {
        XCTAssertEqual(fill("<p>\(Placeholder.value(0)) x</p>") { _, _ in Placeholder.value(1) + "!" },
                       "<p>\(Placeholder.value(1))! x</p>")
    }

    func testATokenWithoutReplacementStays() {
        let template = "<p>\(Placeholder.value(0)) and \(Placeholder.value(1))</p>"
        XCTAssertEqual(fill(template) { _, index in index == 1 ? "one" : nil },
                       "<p>\(Placeholder.value(0)) and one</p>")
        let block = "<p>\(Placeholder.cell(0))</p>\n"
        XCTAssertEqual(fill(block) { _, _ in nil }, block, "an unreplaced block token keeps its paragraph")
    }

    func testATokenAloneInAParagraphReplacesTheParagraph() {
        let template = "<p>before</p>\n<p>\(Placeholder.cell(0))</p>\n<p>after</p>\n"
        XCTAssertEqual(fill(template) { _, _ in "<div>cell</div>\n" },
                       "<p>before</p>\n<div>cell</div>\n<p>after</p>\n")
        XCTAssertEqual(fill(template) { _, _ in "<div>cell</div>" },
                       "<p>before</p>\n<div>cell</div>\n<p>after</p>\n",
                       "the line break is kept when the replacement has none")
        XCTAssertEqual(fill("<p>\(Placeholder.value(0)) text</p>") { _, _ in "<b>v</b>" },
                       "<p><b>v</b> text</p>", "a token with text around it keeps the paragraph")
        XCTAssertEqual(fill("<p>text \(Placeholder.value(0))</p>") { _, _ in "<b>v</b>" },
                       "<p>text <b>v</b></p>")
    }

    func testAHeadingTokenReplacesTheOpeningTagBeforeIt() {
        let template = "<h2>\(Placeholder.heading(4))Title</h2>\n<p>\(Placeholder.heading(5))x</p>"
        XCTAssertEqual(fill(template) { kind, index in kind == .heading ? "<h2 id=\"s\(index)\">" : nil },
                       "<h2 id=\"s4\">Title</h2>\n<p><h2 id=\"s5\">x</p>",
                       "only an <hN> right before the token is replaced")
    }

    func testMalformedTokensPassThroughVerbatim() {
        let open = String(Placeholder.open)
        let close = String(Placeholder.close)
        let malformed = [
            "\(open)unknown-1\(close)", "\(open)cell-x\(close)", "\(open)cell-1-2\(close)",
            "\(open)cell\(close)",
            "\(open)cell-1", "\(open)cell-<b>1\(close)", "\(open)cell-\n1\(close)", "\(close)\(open)", open,
            "\(open)-1\(close)", "\(open)Cell-1\(close)",
        ]
        for text in malformed {
            XCTAssertEqual(fill("<p>\(text)</p>"), "<p>\(text)</p>", text.debugDescription)
        }
    }

    func testTemplateWithoutTokensIsUnchangedByteForByte() {
        let text = "<p>é 中文 \u{E002} &amp; <code>{{ x }}</code></p>\n"
        XCTAssertEqual(fill(text), text)
        XCTAssertEqual(fill(""), "")
    }
}
