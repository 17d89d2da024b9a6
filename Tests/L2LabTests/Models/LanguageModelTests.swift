import XCTest
@testable import L2Lab

final class LanguageModelTests: XCTestCase {
    func testBigramGradientMatchesFiniteDifferencesInBothParameterizations() {
        let tokens = ModelFixtures.tokens(count: 80, vocabularySize: 7, seed: 1)
        for parameterization in [BigramLanguageModel.Parameterization.dense, .seenBigramsOnly] {
            for lambda in [0.0, 0.1] {
                let model = BigramLanguageModel(vocabularySize: 7, trainingTokens: tokens, lambda: lambda,
                                                parameterization: parameterization)
                let p = ModelFixtures.randomVector(model.parameterCount, seed: 2, deviation: 0.5)
                XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6,
                                  "\(parameterization) lambda \(lambda)")
            }
        }
    }

    func testSparseBigramEqualsDenseWithUnseenWeightsAtZero() {
        let tokens = ModelFixtures.tokens(count: 60, vocabularySize: 6, seed: 3)
        let dense = BigramLanguageModel(vocabularySize: 6, trainingTokens: tokens, lambda: 0.1,
                                        parameterization: .dense)
        let sparse = BigramLanguageModel(vocabularySize: 6, trainingTokens: tokens, lambda: 0.1,
                                         parameterization: .seenBigramsOnly)
        XCTAssertLessThan(sparse.parameterCount, dense.parameterCount)
        let sparseParameters = ModelFixtures.randomVector(sparse.parameterCount, seed: 4)
        var denseParameters = [Double](repeating: 0, count: 36)
        for p in 0..<6 {
            for position in sparse.rowStarts[p]..<sparse.rowStarts[p + 1] {
                denseParameters[p * 6 + sparse.nextWords[position]] = sparseParameters[position]
            }
        }
        XCTAssertEqual(sparse.loss(sparseParameters), dense.loss(denseParameters), accuracy: 1e-13)
        let held = ModelFixtures.tokens(count: 30, vocabularySize: 6, seed: 5)
        XCTAssertEqual(sparse.perplexity(sparseParameters, tokens: held),
                       dense.perplexity(denseParameters, tokens: held), accuracy: 1e-11)
    }

    func testBigramWithZeroWeightsIsUniform() {
        let model = BigramLanguageModel(vocabularySize: 20_000, trainingTokens: [1, 2, 3, 1, 2],
                                        lambda: 0, parameterization: .seenBigramsOnly)
        XCTAssertEqual(model.parameterCount, 3)
        let zeros = [Double](repeating: 0, count: 3)
        XCTAssertEqual(model.logProbability(zeros, next: 9, previous: 5), -Elementary.log(20_000),
                       accuracy: 1e-12)
        XCTAssertEqual(model.perplexity(zeros, tokens: [4, 8, 1, 2]), 20_000, accuracy: 1e-8)
        XCTAssertEqual(model.parameterIndex(previous: 1, next: 2), 0)
        XCTAssertNil(model.parameterIndex(previous: 2, next: 1))
    }

    func testNextWordProbabilitiesMatchLogProbabilitiesAndLeaveTheRestToUnseenWords() {
        let vocabularySize = 9
        let tokens = ModelFixtures.tokens(count: 200, vocabularySize: vocabularySize, seed: 7)
        let model = BigramLanguageModel(vocabularySize: vocabularySize, trainingTokens: tokens, lambda: 0,
                                        parameterization: .seenBigramsOnly)
        let weights = ModelFixtures.randomVector(model.parameterCount, seed: 8, deviation: 2)
        var row = [Double](repeating: .nan, count: model.largestRowLength + 1)
        for previous in 0..<vocabularySize {
            let count = model.nextWordProbabilities(weights, previous: previous, into: &row)
            let positions = model.rowStarts[previous]..<model.rowStarts[previous + 1]
            XCTAssertEqual(count, positions.count)
            XCTAssertTrue(row[model.largestRowLength].isNaN, "wrote past the row")
            let unseen = Elementary.exp(model.logProbability(weights, next: -1, previous: previous))
            var total = Double(vocabularySize - count) * unseen
            for (i, position) in positions.enumerated() {
                let next = model.nextWords[position]
                let expected = Elementary.exp(model.logProbability(weights, next: next, previous: previous))
                XCTAssertEqual(row[i], expected, accuracy: 4e-16 * max(1, expected))
                total += row[i]
            }
            XCTAssertEqual(total, 1, accuracy: 1e-14)
        }
        XCTAssertEqual(model.largestRowLength, (0..<vocabularySize).map {
            model.rowStarts[$0 + 1] - model.rowStarts[$0]
        }.max())
    }

    func testNeuralLanguageModelGradientMatchesFiniteDifferences() {
        let layout = NeuralLanguageModel.Layout(vocabularySize: 6, contextSize: 2, embeddingSize: 3,
                                                hiddenSize: 4)
        let tokens = ModelFixtures.tokens(count: 14, vocabularySize: 6, seed: 6)
        for lambda in [0.0, 0.05] {
            let model = NeuralLanguageModel(layout: layout, tokens: tokens, lambda: lambda)
            let p = model.initialParameters(seed: 7)
            XCTAssertEqual(p.count, 6 * 3 + 4 * 6 + 4 + 6 * 4 + 6)
            XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6, "lambda \(lambda)")
        }
    }

    func testNeuralLanguageModelBiasesAreNotRegularized() {
        let layout = NeuralLanguageModel.Layout(vocabularySize: 4, contextSize: 1, embeddingSize: 2,
                                                hiddenSize: 3)
        let model = NeuralLanguageModel(layout: layout, tokens: [0, 1, 2, 3, 0], lambda: 1)
        var p = [Double](repeating: 0, count: model.parameterCount)
        for i in layout.hiddenBias { p[i] = 5 }
        for i in layout.outputBias { p[i] = 5 }
        XCTAssertEqual(model.penalty.value(p), 0)
        XCTAssertEqual(model.probabilities(p, context: [2]).reduce(0, +), 1, accuracy: 1e-15)
        XCTAssertEqual(model.restricted(to: [3, 0]).targets, [0, 1])
    }
}
