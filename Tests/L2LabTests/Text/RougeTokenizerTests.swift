import XCTest
@testable import L2Lab

final class RougeTokenizerTests: XCTestCase {
    func testTokensMatchRougeScore() {
        let tokenizer = RougeTokenizer()
        for reference in rougeTokenizerReference {
            XCTAssertEqual(tokenizer.tokenize(reference.text), reference.tokens, reference.text)
        }
    }

    func testStemmedTokensMatchRougeScore() {
        let tokenizer = RougeTokenizer(usesStemmer: true)
        for reference in rougeTokenizerReference {
            XCTAssertEqual(tokenizer.tokenize(reference.text), reference.stemmed, reference.text)
        }
    }

    func testNonASCIILettersSeparateWordsUnlessTheirLowerCaseIsASCII() {
        let tokenizer = RougeTokenizer()
        XCTAssertEqual(tokenizer.tokenize("Café NAÏVE"), ["caf", "na", "ve"])
        XCTAssertEqual(tokenizer.tokenize("\u{130}zmir \u{212A}m"), ["i", "zmir", "km"])
    }

    func testShortTokensAreNotStemmed() {
        let tokenizer = RougeTokenizer(usesStemmer: true)
        XCTAssertEqual(tokenizer.tokenize("ies was runs running"), ["ies", "was", "run", "run"])
    }
}
