import XCTest
@testable import L2Lab

final class BigramCountsTests: XCTestCase {
    // 0 1 2 0 1 0 1 2: bigrams 01 ×3, 12 ×2, 20 ×1, 10 ×1.
    let tokens = [0, 1, 2, 0, 1, 0, 1, 2]
    lazy var counts = BigramCounts(tokens: tokens, vocabularySize: 4)

    func testCountsBigramsInKeyOrder() {
        XCTAssertEqual(counts.keys, [1, 4, 6, 8])   // 0·4+1, 1·4+0, 1·4+2, 2·4+0
        XCTAssertEqual(counts.counts, [3, 1, 2, 1])
        XCTAssertEqual(counts.contextTotals, [3, 3, 1, 0])
        XCTAssertEqual(counts.contextTypes, [1, 2, 1, 0])
        XCTAssertEqual(counts.continuationTypes, [2, 1, 1, 0])
        XCTAssertEqual(counts.count(previous: 1, next: 2), 2)
        XCTAssertEqual(counts.count(previous: 3, next: 3), 0)
        XCTAssertEqual(counts.count(previous: 0, next: 0), 0)
    }

    func testLogCountsFollowTheSparseModelsWeightOrder() {
        let model = BigramLanguageModel(vocabularySize: 4, trainingTokens: tokens, lambda: 0,
                                        parameterization: .seenBigramsOnly)
        XCTAssertEqual(model.parameterCount, counts.keys.count)
        for (i, key) in counts.keys.enumerated() {
            XCTAssertEqual(model.parameterIndex(previous: key / 4, next: key % 4), i)
        }
        assertClose(counts.logCounts, [log(3), 0, log(2), 0], tolerance: 1e-15)
    }

    func testAddKMatchesItsFormulaAndSumsToOne() {
        XCTAssertEqual(counts.addK(0.5, previous: 1, next: 2), 2.5 / 5, accuracy: 1e-15)
        XCTAssertEqual(counts.addK(0.5, previous: 3, next: 0), 0.25, accuracy: 1e-15)
        for previous in 0..<4 {
            let total = (0..<4).map { counts.addK(0.1, previous: previous, next: $0) }.reduce(0, +)
            XCTAssertEqual(total, 1, accuracy: 1e-12)
        }
    }

    func testKneserNeyMatchesItsFormulaAndSumsToOne() {
        // Context 1: c = 3, two types; word 2 follows one context of four bigram types.
        let expected = (2 - 0.75) / 3 + 0.75 * 2 / 3 * (1.0 / 4)
        XCTAssertEqual(counts.kneserNey(discount: 0.75, previous: 1, next: 2), expected,
                       accuracy: 1e-15)
        XCTAssertEqual(counts.kneserNey(discount: 0.75, previous: 3, next: 0), 0.5, accuracy: 1e-15)
        for previous in 0..<4 {
            let total = (0..<4).map {
                counts.kneserNey(discount: 0.5, previous: previous, next: $0)
            }.reduce(0, +)
            XCTAssertEqual(total, 1, accuracy: 1e-12)
        }
    }

    func testPerplexityOfAUniformModelIsTheVocabularySize() {
        XCTAssertEqual(BigramCounts.perplexity(tokens) { _, _ in 0.25 }, 4, accuracy: 1e-12)
        // Two bigrams with probabilities 1/2 and 1/8: exp(mean(log 2, log 8)) = 4.
        XCTAssertEqual(BigramCounts.perplexity([0, 1, 2]) { previous, _ in
            previous == 0 ? 0.5 : 0.125
        }, 4, accuracy: 1e-12)
    }
}
