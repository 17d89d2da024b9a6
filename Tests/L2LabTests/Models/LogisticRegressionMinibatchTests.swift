import XCTest
@testable import L2Lab

final class LogisticRegressionMinibatchTests: XCTestCase {
    private let vocabularySize = 150

    private func model() -> LogisticRegression {
        let (features, labels) = ModelFixtures.documents(count: 40, vocabularySize: vocabularySize, seed: 41)
        return LogisticRegression(features: features, labels: labels, lambda: 0.01)
    }

    func testActiveParametersOfExamplesIsTheSortedUnionOfEachExample() {
        let model = model()
        let batch = [7, 3, 31, 3, 0, 22]
        let union = Set(batch.flatMap { model.activeParameters(example: $0) }).sorted()
        XCTAssertEqual(model.activeParameters(examples: batch), union)
        XCTAssertEqual(model.activeParameters(examples: batch[2..<4]),
                       Set(batch[2..<4].flatMap { model.activeParameters(example: $0) }).sorted())
        XCTAssertEqual(model.activeParameters(examples: []), [vocabularySize])
    }

    func testAddExampleGradientsAddsEachExampleGradientInBatchOrderBitForBit() {
        let model = model()
        let parameters = ModelFixtures.randomVector(model.parameterCount, seed: 42)
        let start = ModelFixtures.randomVector(model.parameterCount, seed: 43, deviation: 0.1)
        let batch = [12, 5, 39, 5, 20, 1, 33, 8]

        func summedOneByOne(_ examples: [Int]) -> [Double] {
            var sums = start
            for example in examples {
                let gradient = model.exampleGradient(parameters, example: example)
                for (index, value) in zip(gradient.indices, gradient.values) {
                    sums[index] += value
                }
            }
            return sums
        }
        var sums = start
        model.addExampleGradients(parameters, examples: batch[...], to: &sums)
        XCTAssertEqual(sums.map(\.bitPattern), summedOneByOne(batch).map(\.bitPattern))

        let changed = Set(model.activeParameters(examples: batch))
        for index in sums.indices where !changed.contains(index) {
            XCTAssertEqual(sums[index].bitPattern, start[index].bitPattern, "index \(index) is not active")
        }
        // The fixture is order-sensitive: another order of the same examples rounds differently,
        // so the equality above pins the order of the additions.
        XCTAssertNotEqual(summedOneByOne(batch.reversed()).map(\.bitPattern), sums.map(\.bitPattern))
    }
}
