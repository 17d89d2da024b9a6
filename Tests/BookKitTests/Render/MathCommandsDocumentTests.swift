import Foundation
import XCTest
@testable import BookKit

/// docs/MATH.md is what `book math-commands` prints from the converter's tables.
final class MathCommandsDocumentTests: XCTestCase {
    func testDocsMathIsUpToDate() throws {
        let file = packageRoot.appendingPathComponent("docs/MATH.md")
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(committed, MathCommandsDocument.markdown,
                       "docs/MATH.md is out of date: run `book math-commands > docs/MATH.md`")
    }

    func testEveryCommandOfTheTablesIsListed() {
        let document = MathCommandsDocument.markdown
        let names = TeXSymbols.constructs.map(\.name) + TeXSymbols.greek.keys + TeXSymbols.operators.keys
            + TeXSymbols.functions + TeXSymbols.accents.keys + TeXSymbols.identifiers.keys
        for name in names {
            XCTAssertTrue(document.contains("`\\\(name)`"), name)
        }
        for name in TeXSymbols.environments.keys {
            XCTAssertTrue(document.contains("| `\(name)` |"), name)
        }
    }
}
