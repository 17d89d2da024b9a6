import XCTest
@testable import L2Lab

final class PorterStemmerTests: XCTestCase {
    func testStemsMatchNLTK() {
        let stemmer = PorterStemmer()
        XCTAssertGreaterThanOrEqual(porterStemmerReference.count, 200)
        for reference in porterStemmerReference {
            XCTAssertEqual(stemmer.stem(reference.word), reference.stem, reference.word)
        }
    }

    func testStemsThroughRougeTokenizerMatchRougeScore() {
        let tokenizer = RougeTokenizer(usesStemmer: true)
        for reference in porterStemmerReference {
            XCTAssertEqual(tokenizer.tokenize(reference.word), reference.rougeTokens, reference.word)
        }
    }

    func testClassicExamples() {
        let stemmer = PorterStemmer()
        let expected = ["caresses": "caress", "ponies": "poni", "running": "run", "runs": "run",
                        "generalization": "gener", "dying": "die", "ties": "tie"]
        for (word, stem) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(stemmer.stem(word), stem, word)
        }
    }
}
