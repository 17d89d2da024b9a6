import XCTest
@testable import L2Lab

final class RidgeSumsTests: XCTestCase {
    func testOneFeatureFitMatchesHandComputedRidge() throws {
        // x̄ = 2, ȳ = 2; centred Σxx/n = 2/3, Σxy/n = 1/3; w = (1/3)/(2/3 + 1/2) = 2/7, b = 2 − 4/7.
        let sums = RidgeSums(features: [[1], [2], [3]], targets: [1, 3, 2], rows: [0, 1, 2])
        let fit = try sums.solve(lambda: 0.5)
        assertClose(fit, [2.0 / 7, 10.0 / 7], tolerance: 1e-14)
    }

    func testFitMatchesLinearRegressionClosedForm() throws {
        let (x, y) = ModelFixtures.regression(rows: 25, columns: 4, seed: 3)
        let rows = (0..<x.rows).map { x.row($0) }
        let sums = RidgeSums(features: rows, targets: y, rows: Array(0..<25))
        for lambda in [0.0, 0.1, 2.0] {
            let expected = try LinearRegression(features: x, targets: y, lambda: lambda).closedFormSolution()
            assertClose(try sums.solve(lambda: lambda), expected, tolerance: 1e-10, "lambda \(lambda)")
        }
    }

    func testSubtractingAFoldGivesTheSumsOfTheOtherRows() throws {
        let (x, y) = ModelFixtures.regression(rows: 12, columns: 3, seed: 4)
        let rows = (0..<x.rows).map { x.row($0) }
        let fold = [1, 4, 7, 10]
        let rest = (0..<12).filter { !fold.contains($0) }
        let difference = RidgeSums(features: rows, targets: y, rows: Array(0..<12))
            - RidgeSums(features: rows, targets: y, rows: fold)
        let direct = RidgeSums(features: rows, targets: y, rows: rest)
        XCTAssertEqual(difference.count, 8)
        XCTAssertEqual(difference.ys, direct.ys, accuracy: 1e-12)
        assertClose(difference.xs, direct.xs, tolerance: 1e-12)
        assertClose(difference.xy, direct.xy, tolerance: 1e-12)
        assertClose(difference.xx, direct.xx, tolerance: 1e-12)
        assertClose(try difference.solve(lambda: 0.3), try direct.solve(lambda: 0.3), tolerance: 1e-10)
    }

    func testConstantFeatureWithoutPenaltyThrows() {
        // A constant feature: its centred Σxx/n is 4 − 2² = 0, so λ = 0 has no unique fit.
        let sums = RidgeSums(features: [[2], [2], [2]], targets: [1, 2, 3], rows: [0, 1, 2])
        XCTAssertThrowsError(try sums.solve(lambda: 0))
        XCTAssertNoThrow(try sums.solve(lambda: 0.1))
    }
}
