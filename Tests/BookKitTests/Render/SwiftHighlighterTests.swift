import XCTest
@testable import BookKit

final class SwiftHighlighterTests: XCTestCase {
    func testClassifiesWithTheSwiftParserAndEscapes() {
        let html = SwiftHighlighter.html("let x: Double = 0.5 // a <note>\nprint(\"<b>\", 42)\n").description
        XCTAssertTrue(html.hasPrefix("<span class=\"kw\">let</span> x: <span class=\"ty\">Double</span> = "))
        XCTAssertTrue(html.contains("<span class=\"nu\">0.5</span>"))
        XCTAssertTrue(html.contains("<span class=\"co\">// a &lt;note&gt;</span>"))
        XCTAssertTrue(html.contains("<span class=\"st\">&quot;&lt;b&gt;&quot;</span>"))
        XCTAssertTrue(html.contains("<span class=\"nu\">42</span>"))
    }

    func testTextIsKeptExactly() {
        let code = "func f(_ a: [Int]) -> Int {\n    a.reduce(0, +) /* sum */\n}\n@discardableResult\n"
        let html = SwiftHighlighter.html(code).description
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        XCTAssertEqual(text, HTML.escape(code))
        XCTAssertTrue(html.contains("<span class=\"at\">"))
    }

    func testCodeThatDoesNotParseIsStillShown() {
        let code = "let = = <oops\n"
        let html = SwiftHighlighter.html(code).description
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        XCTAssertEqual(text, HTML.escape(code))
    }
}
