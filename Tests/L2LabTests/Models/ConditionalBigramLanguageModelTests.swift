import XCTest
@testable import L2Lab

final class ConditionalBigramLanguageModelTests: XCTestCase {
    typealias Pair = ConditionalBigramLanguageModel.Pair

    /// Seeded pairs over `0..<vocabularySize`, with an empty response and an empty context among them.
    private func pairs(vocabularySize: Int, seed: UInt64) -> [Pair] {
        let words = ModelFixtures.tokens(count: 40, vocabularySize: vocabularySize, seed: seed)
        return [Pair(context: Array(words[0..<3]), response: Array(words[3..<7])),
                Pair(context: Array(words[7..<12]), response: Array(words[12..<14])),
                Pair(context: [words[14], words[14]], response: []),
                Pair(context: [], response: Array(words[15..<18]))]
    }

    func testGradientMatchesFiniteDifferencesWithAndWithoutThePenalty() {
        for lambda in [0.0, 0.1] {
            let model = ConditionalBigramLanguageModel(
                vocabularySize: 5, endToken: 4, pairs: pairs(vocabularySize: 5, seed: 1), lambda: lambda)
            let p = ModelFixtures.randomVector(model.parameterCount, seed: 2, deviation: 0.5)
            XCTAssertEqual(p.count, 2 * 25 + 5)
            XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6, "lambda \(lambda)")
        }
    }

    func testSparseGradientEqualsTheDenseOneAndCoversEveryNonZero() {
        let model = ConditionalBigramLanguageModel(vocabularySize: 6, endToken: 5,
                                                   pairs: pairs(vocabularySize: 6, seed: 3), lambda: 0.2)
        let p = ModelFixtures.randomVector(model.parameterCount, seed: 4)
        for example in 0..<model.exampleCount {
            let one = model.restricted(to: [example])
            let dense = one.dataGradient(p)
            let sparse = one.sparseDataGradient(p)
            XCTAssertEqual(sparse.indices, one.activeIndices())
            var expanded = [Double](repeating: 0, count: model.parameterCount)
            for (index, value) in zip(sparse.indices, sparse.values) { expanded[index] = value }
            assertClose(expanded, dense, tolerance: 1e-15, "example \(example)")
        }
    }

    func testProbabilityOfAThreeWordVocabularyByHand() {
        // Words 0 and 1, end token 2. A[2, 1] = 1, B[0, 2] = log 2, b = 0: after the end token,
        // with context {0}, the scores are (0, 1, log 2), so P(1) = e / (1 + e + 2).
        let model = ConditionalBigramLanguageModel(vocabularySize: 3, endToken: 2,
                                                   pairs: [Pair(context: [0], response: [1])], lambda: 1)
        var p = [Double](repeating: 0, count: model.parameterCount)
        p[2 * 3 + 1] = 1
        p[model.contextWordWeights.lowerBound + 0 * 3 + 2] = Elementary.log(2)
        let e = Elementary.exp(1)
        XCTAssertEqual(model.probabilities(p, previous: 2, context: [0, 0])[1], e / (3 + e), accuracy: 1e-15)
        // Then the end token after word 1: scores (0, 0, log 2), P(end) = 2 / 4.
        let expected = Elementary.log(e / (3 + e)) + Elementary.log(0.5)
        XCTAssertEqual(model.logLikelihood(p, response: [1], context: [0]), expected, accuracy: 1e-14)
        XCTAssertEqual(model.perplexity(p), Elementary.exp(-expected / 2), accuracy: 1e-13)
        let squaredNorm = 1 + Elementary.log(2) * Elementary.log(2)
        XCTAssertEqual(model.penalty.value(p), 0.5 * squaredNorm, accuracy: 1e-15)
        for i in model.bias { p[i] = 5 }
        XCTAssertEqual(model.penalty.value(p), 0.5 * squaredNorm, accuracy: 1e-15,
                       "the bias is not regularized")
    }

    func testReplyIsDeterministicAndStopsAtTheEndTokenOrTheMaximumLength() {
        let model = ConditionalBigramLanguageModel(vocabularySize: 4, endToken: 3,
                                                   pairs: [Pair(context: [0], response: [1, 2])], lambda: 0)
        var p = [Double](repeating: 0, count: model.parameterCount)
        p[3 * 4 + 1] = 2   // end -> 1
        p[1 * 4 + 2] = 2   // 1 -> 2
        p[2 * 4 + 3] = 2   // 2 -> end
        XCTAssertEqual(model.reply(p, context: [0], maximumLength: 10), [1, 2])
        XCTAssertEqual(model.reply(p, context: [0], maximumLength: 1), [1])
        XCTAssertEqual(model.reply(p, context: [0], maximumLength: 10, excluded: [1]),
                       [Int](repeating: 0, count: 10),
                       "with 1 excluded, 0 wins every tie and the reply runs to the maximum length")
        p[2 * 4 + 2] = 3   // 2 -> 2 now beats 2 -> end
        XCTAssertEqual(model.reply(p, context: [0], maximumLength: 6), [1, 2, 2, 2, 2, 2])
        let random = ModelFixtures.randomVector(model.parameterCount, seed: 5)
        XCTAssertEqual(model.reply(random, context: [0, 1], maximumLength: 8),
                       model.reply(random, context: [1, 0], maximumLength: 8))
    }
}
