import XCTest
@testable import L2Lab

final class Tokenizer13aTests: XCTestCase {
    func testTokensMatchSacrebleu() {
        let tokenizer = Tokenizer13a()
        for reference in tokenizer13aReference {
            XCTAssertEqual(tokenizer.tokenize(reference.line), reference.tokens, reference.line)
        }
    }

    func testDecimalNumbersStayWholeButTrailingPeriodsSplit() {
        XCTAssertEqual(Tokenizer13a().tokenize("Pi is 3.14."), ["Pi", "is", "3.14", "."])
    }

    func testEmptyAndBlankLinesHaveNoTokens() {
        XCTAssertEqual(Tokenizer13a().tokenize(""), [])
        XCTAssertEqual(Tokenizer13a().tokenize(" \t\n "), [])
    }
}
