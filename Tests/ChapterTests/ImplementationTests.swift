import XCTest

final class ImplementationTests: XCTestCase {
    func testPenaltyBeatsOverfittingButNotEarlyStoppedGradientDescent() throws {
        let result = try runChapter("03-implementation")
        let polynomialLambda = try result.number("polynomial_best_lambda")
        XCTAssertGreaterThan(polynomialLambda, 1e-7, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(polynomialLambda, 10)
        // Against λ = 0 left to the end: large gains, over 20 seeded draws.
        XCTAssertGreaterThan(try result.number("polynomial_test_gain"), 3)
        XCTAssertGreaterThan(try result.number("wide_test_gain"), 2)
        // Against early-stopped Adam, a smaller gain.
        let adamGain = try result.number("polynomial_gain_over_early_stopped_adam")
        XCTAssertGreaterThan(adamGain, 1)
        XCTAssertLessThan(adamGain, try result.number("polynomial_test_gain"))
        // Against early-stopped gradient descent, intervals that contain 1.
        for task in ["polynomial", "wide"] {
            let low = try result.number("\(task)_gain_over_early_stopping_low")
            let mean = try result.number("\(task)_gain_over_early_stopping")
            let high = try result.number("\(task)_gain_over_early_stopping_high")
            XCTAssertLessThanOrEqual(low, mean)
            XCTAssertLessThanOrEqual(mean, high)
            XCTAssertLessThan(low, 1, task)
            XCTAssertGreaterThan(high, 1, task)
        }
        // λ ≈ 1/(ηt) to within a factor of 3 while gradient descent is still moving.
        XCTAssertGreaterThan(try result.number("early_stopping_lambda_ratio_min"), 1.0 / 3)
        XCTAssertLessThan(try result.number("early_stopping_lambda_ratio_max"), 3)
        let effective = try result.number("polynomial_effective_parameters")
        XCTAssertGreaterThan(effective, 0)
        XCTAssertLessThan(effective, 11, "at most the rank of 12 centred points")
    }
}
