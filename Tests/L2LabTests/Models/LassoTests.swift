import XCTest
@testable import L2Lab

final class LassoTests: XCTestCase {
    func testSoftThreshold() {
        XCTAssertEqual(Lasso.softThreshold(3, 1), 2)
        XCTAssertEqual(Lasso.softThreshold(-3, 1), -2)
        XCTAssertEqual(Lasso.softThreshold(0.5, 1), 0)
    }

    /// The optimality (KKT) conditions of the lasso: for a non-zero weight the data gradient is
    /// -alpha·sign(w); for a zero weight its size is at most alpha; the bias gradient is zero.
    func testSolutionSatisfiesOptimalityConditions() {
        let (x, y) = ModelFixtures.regression(rows: 40, columns: 6, seed: 21)
        let model = LinearRegression(features: x, targets: y, lambda: 0)
        for alpha in [0.01, 0.1, 0.5] {
            let w = Lasso.coordinateDescent(features: x, targets: y, alpha: alpha)
            let g = model.dataGradient(w)
            for j in 0..<6 {
                if w[j] == 0 {
                    XCTAssertLessThanOrEqual(abs(g[j]), alpha + 1e-9, "alpha \(alpha), weight \(j)")
                } else {
                    XCTAssertEqual(g[j], w[j] > 0 ? -alpha : alpha, accuracy: 1e-8,
                                   "alpha \(alpha), weight \(j)")
                }
            }
            XCTAssertEqual(g[6], 0, accuracy: 1e-12, "bias gradient, alpha \(alpha)")
        }
    }

    func testZeroAlphaIsLeastSquaresAndLargeAlphaIsAllZero() throws {
        let (x, y) = ModelFixtures.regression(rows: 30, columns: 4, seed: 22)
        let leastSquares = try LinearRegression(features: x, targets: y, lambda: 0).closedFormSolution()
        assertClose(Lasso.coordinateDescent(features: x, targets: y, alpha: 0), leastSquares, tolerance: 1e-8)
        let large = Lasso.coordinateDescent(features: x, targets: y, alpha: 100)
        XCTAssertEqual(Array(large.prefix(4)), [0, 0, 0, 0])
        XCTAssertEqual(large[4], y.reduce(0, +) / 30, accuracy: 1e-12)
    }

    func testWarmStartReachesTheSameSolution() {
        let (x, y) = ModelFixtures.regression(rows: 40, columns: 6, seed: 23)
        let cold = Lasso.coordinateDescent(features: x, targets: y, alpha: 0.05)
        let path = Lasso.coordinateDescent(features: x, targets: y, alpha: 0.3)
        let warm = Lasso.coordinateDescent(features: x, targets: y, alpha: 0.05, start: path)
        assertClose(warm, cold, tolerance: 1e-8)
    }
}
