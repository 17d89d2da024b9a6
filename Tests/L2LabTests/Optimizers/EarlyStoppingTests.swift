import XCTest
@testable import L2Lab

final class EarlyStoppingTests: XCTestCase {
    /// Scores handed out in turn, recording the weights each call saw.
    final class Scripted {
        var scores: [Double]
        var seen: [[Double]] = []
        init(_ scores: [Double]) { self.scores = scores }
        func score(_ weights: [Double]) -> Double {
            seen.append(weights)
            return scores.removeFirst()
        }
    }

    func testKeepsTheWeightsOfTheLowestCheckedScoreTheLaterOnATie() {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 3, seed: 2)
        let model = LinearRegression(features: x, targets: y, lambda: 0.1)
        let validation = Scripted([5, 3, 4, 3, 6])
        let run = Training.fullBatch(
            model: model, parameters: [0, 0, 0, 0], optimizer: Adam(learningRate: 0.1),
            epochs: 10, checkedAt: { $0 % 2 == 0 }, validation: validation.score)
        XCTAssertEqual(run.epochs, [2, 4, 6, 8, 10])
        XCTAssertEqual(run.validation, [5, 3, 4, 3, 6])
        XCTAssertEqual(run.train, [])
        XCTAssertEqual(run.earlyStoppedEpoch, 8)
        XCTAssertEqual(run.earlyStopped, validation.seen[3])
        XCTAssertEqual(run.weights, validation.seen[4])
        XCTAssertNotEqual(run.earlyStopped, run.weights)
    }

    func testFollowsTheOptimizerOnTheModelsGradient() {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 3, seed: 2)
        let model = LinearRegression(features: x, targets: y, lambda: 0.1)
        var expected = [0.0, 0, 0, 0]
        var adam = Adam(learningRate: 0.05)
        var objective: [Double] = []
        for _ in 1...7 {
            adam.update(&expected, gradient: model.gradient(expected))
            objective.append(model.loss(expected))
        }
        let run = Training.fullBatch(
            model: model, parameters: [0, 0, 0, 0], optimizer: Adam(learningRate: 0.05),
            epochs: 7, checkedAt: { _ in true }, validation: { model.loss($0) },
            training: { model.dataLoss($0) })
        XCTAssertEqual(run.weights, expected)
        XCTAssertEqual(run.validation, objective)
        XCTAssertEqual(run.train.count, 7)
        XCTAssertEqual(run.earlyStoppedEpoch, 7, "the objective falls at every step")
    }

    func testARunSurvivesJSON() throws {
        var run = EarlyStoppingRun(weights: [0.1, -2.5e-300, 1 / 3])
        run.epochs = [1, 5]
        run.validation = [3.0000000000000004, 2]
        let copy = try JSONDecoder().decode(EarlyStoppingRun.self, from: JSONEncoder().encode(run))
        XCTAssertEqual(copy, run)
    }
}
