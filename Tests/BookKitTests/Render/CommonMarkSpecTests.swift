import XCTest
@testable import BookKit

/// `DocumentRenderer` writes the bytes cmark's own renderer writes, for every example of the
/// CommonMark specification (version 0.30, the version of the libcmark the book links),
/// with raw HTML dropped and kept.
final class CommonMarkSpecTests: XCTestCase {
    /// The examples of the specification, numbered from 1.
    static func examples() throws -> [(number: Int, markdown: String)] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("CommonMarkSpec/spec.txt")
        let spec = try String(contentsOf: url, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [(Int, String)] = []
        var lines = spec.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let start = lines.firstIndex(where: { $0.hasPrefix(fence + " example") }) {
            lines = lines[(start + 1)...]
            let dot = lines.firstIndex(of: ".")!
            let end = lines.firstIndex(of: Substring(fence))!
            let markdown = lines[..<dot].map { $0 + "\n" }.joined()
            examples.append((examples.count + 1, markdown.replacingOccurrences(of: "→", with: "\t")))
            lines = lines[(end + 1)...]
        }
        return examples
    }

    func testEveryExampleRendersAsCmarkRendersIt() throws {
        let examples = try Self.examples()
        XCTAssertEqual(examples.count, 652)
        for allowRawHTML in [false, true] {
            let renderer = DocumentRenderer(allowRawHTML: allowRawHTML)
            var failed: [Int] = []
            for (number, markdown) in examples {
                let expected = Cmark.referenceHTML(markdown, allowRawHTML: allowRawHTML)
                let html = renderer.html(Cmark.document(of: markdown)).text
                if html != expected {
                    failed.append(number)
                    XCTAssertEqual(html, expected, "example \(number), raw HTML \(allowRawHTML)")
                }
            }
            XCTAssertEqual(failed, [], "raw HTML \(allowRawHTML)")
        }
    }

    func testDangerousDestinationsAreEmptiedUnlessRawHTMLIsAllowed() {
        let markdown = "[a](javascript:alert(1)) ![b](data:image/png;base64,AA) [c](DATA:text/html,x)\n"
        XCTAssertEqual(DocumentRenderer().html(Cmark.document(of: markdown)).text,
                       "<p><a href=\"\">a</a> <img src=\"data:image/png;base64,AA\" alt=\"b\" />"
                           + " <a href=\"\">c</a></p>\n")
        XCTAssertEqual(DocumentRenderer(allowRawHTML: true).html(Cmark.document(of: markdown)).text,
                       Cmark.referenceHTML(markdown, allowRawHTML: true))
    }
}
