import XCTest
@testable import L2Lab

final class TrainingTests: XCTestCase {
    func testFullBatchRecordsDecreasingTrainLossAndValidationLoss() {
        let (x, y) = ModelFixtures.regression(rows: 50, columns: 4, seed: 31)
        let split = DataSplit(count: 50, trainFraction: 0.8, validationFraction: 0.2, seed: 1)
        let all = LinearRegression(features: x, targets: y, lambda: 0.01)
        let train = all.restricted(to: split.train)
        let validation = all.restricted(to: split.validation)
        var p = [Double](repeating: 0, count: 5)
        var sgd = SGD(learningRate: 0.1)
        let history = Training.fullBatch(model: train, validation: validation, parameters: &p,
                                         optimizer: &sgd, epochs: 30)
        XCTAssertEqual(history.trainLoss.count, 30)
        XCTAssertEqual(history.validationLoss.count, 30)
        XCTAssertEqual(history.trainObjective, history.trainObjective.sorted(by: >))
        XCTAssertLessThan(history.validationLoss[29], history.validationLoss[0] / 10)
        for epoch in 0..<30 {
            XCTAssertGreaterThanOrEqual(history.trainObjective[epoch], history.trainLoss[epoch])
        }
    }

    func testMinibatchTrainingIsDeterministicForASeed() {
        let tokens = ModelFixtures.tokens(count: 60, vocabularySize: 8, seed: 32)
        let layout = NeuralLanguageModel.Layout(vocabularySize: 8, contextSize: 2, embeddingSize: 4,
                                                hiddenSize: 6)
        let model = NeuralLanguageModel(layout: layout, tokens: tokens, lambda: 1e-3)
        func run() -> ([Double], TrainingHistory) {
            var p = model.initialParameters(seed: 3)
            var adam = Adam(learningRate: 0.02)
            let history = Training.minibatch(model: model, validation: nil as NeuralLanguageModel?,
                                             parameters: &p, optimizer: &adam, epochs: 15, batchSize: 8,
                                             seed: 4)
            return (p, history)
        }
        let (first, history) = run()
        let (second, again) = run()
        XCTAssertEqual(first, second)
        XCTAssertEqual(history, again)
        XCTAssertTrue(history.validationLoss.isEmpty)
        XCTAssertLessThan(history.trainLoss[14], history.trainLoss[0] * 0.8)
    }

    func testClosedFormRidgeEqualsGradientDescent() throws {
        let (x, y) = ModelFixtures.regression(rows: 25, columns: 3, seed: 33)
        let model = LinearRegression(features: x, targets: y, lambda: 0.5)
        let closedForm = try model.closedFormSolution()
        var p = [Double](repeating: 0, count: 4)
        var sgd = SGD(learningRate: 0.2)
        _ = Training.fullBatch(model: model, parameters: &p, optimizer: &sgd, epochs: 3000)
        for i in 0..<4 {
            XCTAssertEqual(p[i], closedForm[i], accuracy: 1e-10)
        }
    }
}
