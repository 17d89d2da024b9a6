import XCTest
@testable import BookKit

final class HTMLTests: XCTestCase {
    func testInterpolatedTextIsEscapedAndLiteralsAreNot() {
        let title = "Bias & <variance> \"quoted\" 'single'"
        let heading: HTML = "<h2 class=\"x\">\(title)</h2>"
        XCTAssertEqual(heading.description,
                       "<h2 class=\"x\">Bias &amp; &lt;variance&gt; &quot;quoted&quot; &#39;single&#39;</h2>")
    }

    func testInterpolatedHTMLPassesThroughAndSubstringsAreEscaped() {
        let inner = HTML(unsafe: "<em>a&amp;b</em>")
        let word = "x<y z".split(separator: " ")[0]
        let html: HTML = "<p>\(inner) \(word) \(3)</p>"
        XCTAssertEqual(html.description, "<p><em>a&amp;b</em> x&lt;y 3</p>")
        let missing: HTML? = nil
        XCTAssertEqual(("<p>\(missing)</p>" as HTML).description, "<p></p>")
    }

    func testJoiningAndConcatenation() {
        let items: [HTML] = ["<li>\("a&")</li>", "<li>b</li>"]
        XCTAssertEqual(HTML(joining: items, separator: "\n").description, "<li>a&amp;</li>\n<li>b</li>")
        var page: HTML = "<ul>"
        page += HTML(joining: items) + "</ul>"
        XCTAssertEqual(page.description, "<ul><li>a&amp;</li><li>b</li></ul>")
        XCTAssertTrue(HTML().isEmpty)
    }
}
