import XCTest
@testable import L2Lab

final class RougeExtractsTests: XCTestCase {
    let scorer = RougeScorer(usesStemmer: false)
    let sentences = ["the cat sat", "on the mat", "dogs bark loudly", "the cat ate fish"]
    lazy var tokens = sentences.map { RougeTokenizer(usesStemmer: false).tokenize($0) }

    func testExtractScoreEqualsTheScoreOfTheJoinedText() {
        let reference = "the cat sat on a mat"
        let referenceTokens = RougeTokenizer(usesStemmer: false).tokenize(reference)
        for chosen in [[0], [1, 0], [3, 2, 0], [2]] {
            let text = chosen.sorted().map { sentences[$0] }.joined(separator: " ")
            XCTAssertEqual(scorer.rouge1(extract: chosen, of: tokens, referenceTokens: referenceTokens),
                           scorer.rouge1(target: reference, prediction: text).fMeasure,
                           accuracy: 1e-15)
        }
        // "the cat sat" against six reference words: P = 1, R = 1/2, F = 2/3.
        XCTAssertEqual(scorer.rouge1(extract: [0], of: tokens, referenceTokens: referenceTokens),
                       2.0 / 3, accuracy: 1e-12)
    }

    func testTokenRougeLEqualsTheTextVersion() {
        let tokenizer = RougeTokenizer(usesStemmer: false)
        let reference = "the cat sat on a mat"
        let prediction = "on the mat the cat ate fish"
        let score = scorer.rougeL(targetTokens: tokenizer.tokenize(reference),
                                  predictionTokens: tokenizer.tokenize(prediction))
        XCTAssertEqual(score, scorer.rougeL(target: reference, prediction: prediction))
        // The longest common subsequence has 2 tokens ("the cat", "on mat"): P = 2/7, R = 2/6.
        XCTAssertEqual(score.precision, 2.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(score.recall, 2.0 / 6, accuracy: 1e-12)
    }

    func testGreedyOracleAddsTheBestSentenceUntilNoGain() {
        let referenceTokens = ["the", "cat", "sat", "on", "the", "mat"]
        // First "the cat sat" (F 2/3), then "on the mat" (F 1); nothing else adds.
        XCTAssertEqual(scorer.greedyOracle(tokens, referenceTokens: referenceTokens, maximumCount: 4),
                       [0, 1])
        XCTAssertEqual(scorer.greedyOracle(tokens, referenceTokens: referenceTokens, maximumCount: 1),
                       [0])
        XCTAssertEqual(scorer.greedyOracle(tokens, referenceTokens: ["zebra"], maximumCount: 3), [])
    }
}
