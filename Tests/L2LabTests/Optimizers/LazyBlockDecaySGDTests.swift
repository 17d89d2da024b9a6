import XCTest
@testable import L2Lab

final class LazyBlockDecaySGDTests: XCTestCase {
    /// Per-bigram SGD on the sparse bigram model: decaying a previous word's weights only when
    /// it is next used gives the dense rule's weights.
    func testBlockDecayEqualsDenseDecay() {
        let vocabularySize = 12
        let tokens = ModelFixtures.tokens(count: 400, vocabularySize: vocabularySize, seed: 41)
        let model = BigramLanguageModel(vocabularySize: vocabularySize, trainingTokens: tokens, lambda: 0,
                                        parameterization: .seenBigramsOnly)
        let (learningRate, rate) = (0.2, 0.05)
        var dense = ModelFixtures.randomVector(model.parameterCount, seed: 42)
        var lazy = dense
        var denseSGD = SGD(learningRate: learningRate,
                           weightDecay: WeightDecay(rate: rate, ranges: [0..<model.parameterCount]))
        var lazySGD = LazyBlockDecaySGD(blockStarts: model.rowStarts, learningRate: learningRate, rate: rate)
        var row = [Double](repeating: 0, count: model.largestRowLength)
        for t in 1..<tokens.count {
            let (previous, next) = (tokens[t - 1], tokens[t])
            let offset = model.parameterIndex(previous: previous, next: next)! - model.rowStarts[previous]

            var gradient = [Double](repeating: 0, count: model.parameterCount)
            let count = model.nextWordProbabilities(dense, previous: previous, into: &row)
            for i in 0..<count {
                gradient[model.rowStarts[previous] + i] = row[i] - (i == offset ? 1 : 0)
            }
            denseSGD.update(&dense, gradient: gradient)

            lazySGD.catchUp(block: previous, parameters: &lazy)
            _ = model.nextWordProbabilities(lazy, previous: previous, into: &row)
            row[offset] -= 1
            lazySGD.update(block: previous, parameters: &lazy, gradient: row[0..<count])
        }
        lazySGD.finish(&lazy)
        XCTAssertEqual(lazySGD.step, tokens.count - 1)
        let largest = zip(dense, lazy).map { ($0 - $1).magnitude }.max()!
        XCTAssertLessThanOrEqual(largest, 1e-12)
        XCTAssertGreaterThan(dense.map(\.magnitude).max()!, 0.1, "weights moved")
    }
}
