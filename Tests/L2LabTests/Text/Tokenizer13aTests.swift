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

    /// Python's `str.split()` separators: `"a\x0bb\x1cc\x85d\xa0e\u3000f\u200bg".split()`
    /// gives `['a', 'b', 'c', 'd', 'e', 'f\u200bg']` (U+200B is not whitespace).
    func testWhitespaceIsPythonsInAndOutsideASCII() {
        XCTAssertEqual(Tokenizer13a().uncachedTokens("a\u{B}b\u{1C}c\u{85}d\u{A0}e\u{3000}f\u{200B}g"),
                       ["a", "b", "c", "d", "e", "f\u{200B}g"])
        XCTAssertEqual(Tokenizer13a().uncachedTokens("x\u{1F}y\u{7F}z"), ["x", "y\u{7F}z"])
    }

    /// Tokens keep their scalars, ASCII or not (`String(scalars:)` writes ASCII byte by byte).
    func testTokensKeepTheirScalars() {
        let tokens = Tokenizer13a().uncachedTokens("Cafe\u{301}, don't caf\u{E9}!")
        XCTAssertEqual(tokens.map { Array($0.unicodeScalars) },
                       ["Cafe\u{301}", ",", "don't", "caf\u{E9}", "!"].map { Array($0.unicodeScalars) })
    }

    /// ASCII segments go through the passes as bytes, others as 32-bit values: on random ASCII
    /// text built from the rules' own characters, both give the same tokens.
    func testBytesAndScalarValuesGiveTheSameTokens() {
        var generator = Xoshiro256StarStar(seed: 13)
        let pieces = ["a", "1", "9", ".", ",", "-", "\n", " ", "\t", "\u{1C}", "&", "quot;", "amp;",
                      "lt;", "gt;", "<skipped>", "<", ">", "/", "'", "\"", "$", "(", "{", "~", "`", "@"]
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...14, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Tokenizer13a.tokens(Array(line.utf8)).map { $0.map(UInt32.init) }
            let values = Tokenizer13a.tokens(line.unicodeScalars.map(\.value)).map(Array.init)
            XCTAssertEqual(bytes, values, line.debugDescription)
        }
    }
}
