import XCTest
@testable import L2Lab

final class OptimizerTests: XCTestCase {
    func testSGDStepAndDecoupledDecayOnHandComputedValues() {
        var p: [Double] = [1, 2]
        var sgd = SGD(learningRate: 0.1)
        sgd.update(&p, gradient: [1, -1])
        XCTAssertEqual(p, [0.9, 2.1])
        var decayed: [Double] = [1, 2]
        var withDecay = SGD(learningRate: 0.1, weightDecay: WeightDecay(rate: 0.5, ranges: [0..<1]))
        withDecay.update(&decayed, gradient: [0, 0])
        XCTAssertEqual(decayed, [0.95, 2])
    }

    func testMomentumAccumulatesVelocity() {
        var p: [Double] = [0]
        var optimizer = MomentumSGD(learningRate: 1, momentum: 0.5)
        optimizer.update(&p, gradient: [1])
        optimizer.update(&p, gradient: [1])
        XCTAssertEqual(p, [-2.5])
        XCTAssertEqual(optimizer.velocity, [1.5])
    }

    func testAdamFirstStepHasLearningRateMagnitude() {
        var p: [Double] = [1, 1]
        var adam = Adam(learningRate: 0.01)
        adam.update(&p, gradient: [3, -0.001])
        XCTAssertEqual(p[0], 0.99, accuracy: 1e-9)
        XCTAssertEqual(p[1], 1.01, accuracy: 1e-5)
    }

    func testAdamWDecayIsNotRescaledButAdamPenaltyIs() {
        // With a zero data gradient, AdamW shrinks w by exactly lr·rate·w; Adam fed the penalty
        // gradient lambda·w instead moves by about lr, whatever the size of w.
        var decoupled: [Double] = [4]
        var adamW = AdamW(learningRate: 0.01, weightDecay: WeightDecay(rate: 0.1, ranges: [0..<1]))
        adamW.update(&decoupled, gradient: [0])
        XCTAssertEqual(decoupled[0], 4 * (1 - 0.001), accuracy: 1e-15)

        var penalized: [Double] = [4]
        var adam = Adam(learningRate: 0.01)
        var gradient = [0.0]
        L2Penalty(lambda: 0.1, regularizedRanges: [0..<1]).addGradient(to: &gradient, at: penalized)
        adam.update(&penalized, gradient: gradient)
        XCTAssertEqual(penalized[0], 4 - 0.01, accuracy: 1e-9)
    }

    func testOptimizersMinimizeRidgeRegression() throws {
        let (x, y) = ModelFixtures.regression(rows: 40, columns: 3, seed: 11)
        let model = LinearRegression(features: x, targets: y, lambda: 0.1)
        let optimum = try model.closedFormSolution()
        let best = model.loss(optimum)
        var rules: [(String, any Optimizer)] = [
            ("sgd", SGD(learningRate: 0.1)),
            ("momentum", MomentumSGD(learningRate: 0.05, momentum: 0.9)),
            ("adam", Adam(learningRate: 0.05)),
        ]
        for index in rules.indices {
            var p = [Double](repeating: 0, count: 4)
            for _ in 0..<2000 {
                rules[index].1.update(&p, gradient: model.gradient(p))
            }
            XCTAssertEqual(model.loss(p), best, accuracy: 1e-8, rules[index].0)
        }
    }
}
