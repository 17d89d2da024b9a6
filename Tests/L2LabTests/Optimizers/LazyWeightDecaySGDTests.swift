import XCTest
@testable import L2Lab

final class LazyWeightDecaySGDTests: XCTestCase {
    func testLazyDecayEqualsDenseDecayWithFewerWeightUpdates() {
        let vocabularySize = 200
        let (features, labels) = ModelFixtures.documents(count: 60, vocabularySize: vocabularySize, seed: 21)
        let model = LogisticRegression(features: features, labels: labels, lambda: 0)
        let (learningRate, rate, steps) = (0.1, 0.05, 300)
        let decayed = model.penalty.regularizedRanges
        let initial = ModelFixtures.randomVector(model.parameterCount, seed: 22)

        var dense = initial
        var denseSGD = SGD(learningRate: learningRate, weightDecay: WeightDecay(rate: rate, ranges: decayed))
        var denseUpdates = 0

        var lazy = initial
        var lazySGD = LazyWeightDecaySGD(parameterCount: model.parameterCount, learningRate: learningRate,
                                         rate: rate, decayedRanges: decayed)
        var generator = Xoshiro256StarStar(seed: 23)
        for _ in 0..<steps {
            let example = generator.nextInt(below: model.exampleCount)

            let sparse = model.exampleGradient(dense, example: example)
            var gradient = [Double](repeating: 0, count: model.parameterCount)
            for (i, value) in zip(sparse.indices, sparse.values) {
                gradient[i] = value
            }
            denseSGD.update(&dense, gradient: gradient)
            denseUpdates += vocabularySize + model.parameterCount // every decay, then every weight

            lazySGD.catchUp(model.activeParameters(example: example), parameters: &lazy)
            lazySGD.update(&lazy, gradient: model.exampleGradient(lazy, example: example))
        }
        lazySGD.finish(&lazy)

        var largest = 0.0
        for i in 0..<model.parameterCount {
            largest = max(largest, (dense[i] - lazy[i]).magnitude)
        }
        XCTAssertLessThanOrEqual(largest, 1e-12)
        XCTAssertEqual(denseUpdates, steps * (2 * vocabularySize + 1))
        XCTAssertLessThan(lazySGD.weightUpdateCount * 10, denseUpdates)
        print("weight updates: dense \(denseUpdates), lazy \(lazySGD.weightUpdateCount), "
            + "max difference \(largest)")
    }

    func testCatchUpMultipliesByTheRepeatedSquaringPowerBeforeAndAfterTheRememberedPowers() {
        let (learningRate, rate) = (0.1, 0.003)
        var sgd = LazyWeightDecaySGD(parameterCount: 4, learningRate: learningRate, rate: rate,
                                     decayedRanges: [0..<3])
        var parameters = [1.5, -2.25, 0.75, 1.0]
        let initial = parameters
        let biasOnly = SparseGradient(indices: [3], values: [0.5])
        for _ in 0..<3_000 {
            sgd.update(&parameters, gradient: biasOnly)
        }
        sgd.catchUp([1], parameters: &parameters)
        for _ in 0..<2_500 {
            sgd.update(&parameters, gradient: biasOnly)
        }
        sgd.catchUp([0, 1], parameters: &parameters)
        sgd.finish(&parameters)

        let factor = 1 - learningRate * rate
        XCTAssertEqual(parameters[0].bitPattern, (initial[0] * decayPower(factor, 5_500)).bitPattern)
        XCTAssertEqual(parameters[1].bitPattern,
                       (initial[1] * decayPower(factor, 3_000) * decayPower(factor, 2_500)).bitPattern)
        XCTAssertEqual(parameters[2].bitPattern, (initial[2] * decayPower(factor, 5_500)).bitPattern)
        XCTAssertEqual(sgd.weightUpdateCount, 5_500 + 4)
    }
}
