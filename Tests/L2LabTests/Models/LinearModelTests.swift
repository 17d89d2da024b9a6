import XCTest
@testable import L2Lab

final class LinearModelTests: XCTestCase {
    func testLinearRegressionGradientMatchesFiniteDifferences() {
        let (x, y) = ModelFixtures.regression(rows: 20, columns: 4, seed: 1)
        let p = ModelFixtures.randomVector(5, seed: 9)
        for lambda in [0.0, 0.3] {
            let model = LinearRegression(features: x, targets: y, lambda: lambda)
            XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6, "lambda \(lambda)")
        }
    }

    func testLossSplitsIntoDataLossAndUnregularizedBiasPenalty() {
        let model = LinearRegression(features: Matrix([[1, 2], [3, 4]]), targets: [1, 2], lambda: 2)
        let p: [Double] = [1, -1, 10]
        // residuals: (1 - 2 + 10 - 1, 3 - 4 + 10 - 2) = (8, 7); data loss (64 + 49) / 4.
        XCTAssertEqual(model.dataLoss(p), 113.0 / 4)
        XCTAssertEqual(model.penalty.value(p), 2)
        XCTAssertEqual(model.loss(p), 113.0 / 4 + 2)
    }

    func testClosedFormRidgeZeroesTheGradient() throws {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 3, seed: 2)
        for lambda in [0.0, 0.5] {
            let model = LinearRegression(features: x, targets: y, lambda: lambda)
            let solution = try model.closedFormSolution()
            XCTAssertLessThan(norm(model.gradient(solution)), 1e-12, "lambda \(lambda)")
        }
    }

    func testClosedFormRidgeShrinksWeightsAsLambdaGrows() throws {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 3, seed: 3)
        let norms = try [0.0, 0.1, 1, 10].map { lambda in
            let w = try LinearRegression(features: x, targets: y, lambda: lambda).closedFormSolution()
            return norm(Array(w[0..<3]))
        }
        XCTAssertEqual(norms, norms.sorted(by: >))
    }

    func testPolynomialExpansionAndStandardizer() {
        let features = PolynomialFeatures.expand([2, -1, 0], degree: 3)
        XCTAssertEqual(features, Matrix([[2, 4, 8], [-1, 1, -1], [0, 0, 0]]))
        let standardizer = Standardizer(fitting: Matrix([[1, 5], [3, 5]]))
        XCTAssertEqual(standardizer.means, [2, 5])
        XCTAssertEqual(standardizer.scales, [1, 1])
        XCTAssertEqual(standardizer.transform(Matrix([[1, 5], [5, 6]])), Matrix([[-1, 0], [3, 1]]))
    }

    func testLogisticRegressionGradientMatchesFiniteDifferences() {
        let (x, labels) = ModelFixtures.documents(count: 25, vocabularySize: 12, seed: 4)
        let p = ModelFixtures.randomVector(13, seed: 5, deviation: 0.5)
        for lambda in [0.0, 0.2] {
            let model = LogisticRegression(features: x, labels: labels, lambda: lambda)
            XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6, "lambda \(lambda)")
        }
    }

    func testLogisticExampleGradientsAverageToDataGradient() {
        let (x, labels) = ModelFixtures.documents(count: 10, vocabularySize: 8, seed: 6)
        let model = LogisticRegression(features: x, labels: labels, lambda: 0)
        let p = ModelFixtures.randomVector(9, seed: 7)
        var average = [Double](repeating: 0, count: 9)
        for i in 0..<10 {
            let g = model.exampleGradient(p, example: i)
            for (index, value) in zip(g.indices, g.values) {
                average[index] += value / 10
            }
        }
        for (a, b) in zip(average, model.dataGradient(p)) {
            XCTAssertEqual(a, b, accuracy: 1e-14)
        }
    }

    func testDataLossAndGradientEqualTheSeparateCallsBitForBit() {
        let (x, labels) = ModelFixtures.documents(count: 30, vocabularySize: 20, seed: 11)
        let logistic = LogisticRegression(features: x, labels: labels, lambda: 0.3)
        let p = ModelFixtures.randomVector(21, seed: 12)
        let shared = logistic.dataLossAndGradient(p)
        XCTAssertEqual(shared.dataLoss.bitPattern, logistic.dataLoss(p).bitPattern)
        XCTAssertEqual(shared.gradient.map(\.bitPattern), logistic.gradient(p).map(\.bitPattern))

        let (features, targets) = ModelFixtures.regression(rows: 20, columns: 3, seed: 13)
        let linear = LinearRegression(features: features, targets: targets, lambda: 0.3)
        let q = ModelFixtures.randomVector(4, seed: 14)
        let separate = linear.dataLossAndGradient(q)
        XCTAssertEqual(separate.dataLoss.bitPattern, linear.dataLoss(q).bitPattern)
        XCTAssertEqual(separate.gradient.map(\.bitPattern), linear.gradient(q).map(\.bitPattern))
    }

    func testSoftmaxRegressionGradientMatchesFiniteDifferences() {
        let x = Matrix(rows: 15, columns: 3, elements: ModelFixtures.randomVector(45, seed: 8))
        var generator = Xoshiro256StarStar(seed: 9)
        let labels = (0..<15).map { _ in generator.nextInt(below: 4) }
        let p = ModelFixtures.randomVector(16, seed: 10, deviation: 0.5)
        for lambda in [0.0, 0.4] {
            let model = SoftmaxRegression(features: x, labels: labels, classCount: 4, lambda: lambda)
            XCTAssertLessThan(GradientCheck.maxRelativeError(of: model, at: p), 1e-6, "lambda \(lambda)")
        }
        let model = SoftmaxRegression(features: x, labels: labels, classCount: 4, lambda: 0)
        XCTAssertEqual(model.probabilities(p, input: [1, 2, 3]).reduce(0, +), 1, accuracy: 1e-15)
    }
}
