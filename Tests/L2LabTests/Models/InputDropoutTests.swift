import XCTest
@testable import L2Lab

final class InputDropoutTests: XCTestCase {
    func testPerWeightRidgeWithEqualStrengthsIsRidge() throws {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 4, seed: 31)
        let model = LinearRegression(features: x, targets: y, lambda: 0.7)
        assertClose(try model.closedFormSolution(strengths: [0.7, 0.7, 0.7, 0.7]),
                    try model.closedFormSolution(), tolerance: 1e-12)
    }

    /// At the solution, the gradient of dataLoss + ½·Σ sⱼwⱼ² vanishes (including the bias).
    func testPerWeightRidgeZeroesItsGradient() throws {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 4, seed: 32)
        let strengths = [0.1, 2, 0, 0.5]
        let model = LinearRegression(features: x, targets: y, lambda: 0)
        let w = try model.closedFormSolution(strengths: strengths)
        var g = model.dataGradient(w)
        for j in 0..<4 {
            g[j] += strengths[j] * w[j]
        }
        XCTAssertLessThan(norm(g), 1e-12)
    }

    func testEquivalentStrengths() {
        let x = Matrix([[1, 2], [3, 0]])
        // Mean squares (1 + 9)/2 = 5 and (4 + 0)/2 = 2; p/(1 - p) = 1/3 at p = 0.25.
        assertClose(InputDropout.equivalentStrengths(features: x, probability: 0.25), [5.0 / 3, 2.0 / 3],
                    tolerance: 1e-15)
    }

    /// The mean of the dropout loss over many masks is the data loss plus the equivalent
    /// penalty; without the 1/(1-p) factor the penalty would be half as large here (p = 0.5).
    func testExpectedDropoutLossIsDataLossPlusPenalty() {
        let (x, y) = ModelFixtures.regression(rows: 20, columns: 3, seed: 33)
        let w = [0.8, -1.1, 0.6, 0.3]
        let p = 0.5
        let model = LinearRegression(features: x, targets: y, lambda: 0)
        var generator = Xoshiro256StarStar(seed: 34)
        let draws = 20_000
        var mean = 0.0
        for _ in 0..<draws {
            let noisy = InputDropout.masked(x, probability: p, using: &generator)
            mean += LinearRegression(features: noisy, targets: y, lambda: 0).dataLoss(w) / Double(draws)
        }
        let strengths = InputDropout.equivalentStrengths(features: x, probability: p)
        let penalty = 0.5 * (0..<3).reduce(0) { $0 + strengths[$1] * w[$1] * w[$1] }
        XCTAssertEqual(mean, model.dataLoss(w) + penalty, accuracy: 0.02 * penalty)
    }

    func testTrainingApproachesTheEquivalentRidge() throws {
        let (x, y) = ModelFixtures.regression(rows: 40, columns: 3, seed: 35)
        let model = LinearRegression(features: x, targets: y, lambda: 0)
        let p = 0.3
        let trained = InputDropout.train(model, probability: p, learningRate: 0.02, steps: 6000,
                                         averagedSteps: 3000, seed: 36)
        let equivalent = try model.closedFormSolution(
            strengths: InputDropout.equivalentStrengths(features: x, probability: p))
        let plain = try model.closedFormSolution()
        let distance = norm(zip(trained, equivalent).map { $0 - $1 })
        XCTAssertLessThan(distance, 0.1 * norm(zip(plain, equivalent).map { $0 - $1 }))
    }
}
