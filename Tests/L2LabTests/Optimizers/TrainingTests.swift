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

    func testFullBatchEqualsAGradientStepThenALossPerEpochBitForBit() {
        let (x, labels) = ModelFixtures.documents(count: 40, vocabularySize: 30, seed: 34)
        let model = LogisticRegression(features: x, labels: labels, lambda: 0.05)
        let validation = model.restricted(to: Array(0..<10))
        var p = [Double](repeating: 0, count: model.parameterCount)
        var adam = Adam(learningRate: 0.05)
        let history = Training.fullBatch(model: model, validation: validation, parameters: &p,
                                         optimizer: &adam, epochs: 12)

        var q = [Double](repeating: 0, count: model.parameterCount)
        var reference = Adam(learningRate: 0.05)
        var expected = TrainingHistory()
        for _ in 0..<12 {
            reference.update(&q, gradient: model.gradient(q))
            expected.trainLoss.append(model.dataLoss(q))
            expected.trainObjective.append(model.loss(q))
            expected.validationLoss.append(validation.dataLoss(q))
        }
        XCTAssertEqual(p.map(\.bitPattern), q.map(\.bitPattern))
        XCTAssertEqual(history.trainLoss.map(\.bitPattern), expected.trainLoss.map(\.bitPattern))
        XCTAssertEqual(history.trainObjective.map(\.bitPattern), expected.trainObjective.map(\.bitPattern))
        XCTAssertEqual(history.validationLoss.map(\.bitPattern), expected.validationLoss.map(\.bitPattern))

        var untouched = q
        var sgd = SGD(learningRate: 0.1)
        XCTAssertEqual(Training.fullBatch(model: model, parameters: &untouched, optimizer: &sgd, epochs: 0),
                       TrainingHistory())
        XCTAssertEqual(untouched, q)
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
