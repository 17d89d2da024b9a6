import XCTest

final class OptimizationTests: XCTestCase {
    func testLambdaChoiceScalingAndNoisyLabels() throws {
        let result = try runChapter("05-optimization")
        let bestLambda = try result.number("best_lambda")
        XCTAssertGreaterThan(bestLambda, 1e-3, "the chosen λ lies inside the grid")
        XCTAssertLessThan(bestLambda, 1e2)
        let slope = try result.number("lambda_size_slope")
        XCTAssertLessThan(abs(slope + 1), 0.2, "the prose says λ falls with n, with a slope near −1")
        XCTAssertGreaterThan(try result.number("lazy_update_ratio"), 10,
                             "the prose says lazy decay needs over ten times fewer updates")
        XCTAssertGreaterThan(try result.number("noise_gap_at_40"), 0, "the prose says L2 is ahead at 40% noise")
        XCTAssertGreaterThan(try result.number("rouge1_with_l2_at_40"), try result.number("rouge1_without_l2_at_40"))
        XCTAssertGreaterThan(try result.number("noise_l2_minus_early_stopped_at_40_lower"), 0,
                             "the prose says L2 beats the early-stopped scorer at 40% noise")
    }
}
