import XCTest

final class PrinciplesTests: XCTestCase {
    func testPenaltyFactsAndComparisonsHold() throws {
        let result = try runChapter("02-principles")
        XCTAssertLessThan(try result.number("gradient_check_relative_error"), 1e-6)
        let adam = try result.number("adam_weight_norm")
        let adamW = try result.number("adamw_weight_norm")
        XCTAssertGreaterThan(abs(adam - adamW), 0.01 * adamW, "the prose says the two differ")
        XCTAssertLessThan(try result.number("comparison_l1_test"), try result.number("comparison_l2_test"),
                          "the prose says L1 wins on the sparse task")
    }
}
