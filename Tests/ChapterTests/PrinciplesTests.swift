import XCTest

final class PrinciplesTests: XCTestCase {
    func testPenaltyFactsAndComparisonsHold() throws {
        let result = try runChapter("02-principles")
        XCTAssertLessThan(try result.number("gradient_check_relative_error"), 1e-6)
        let adamLambda = try result.number("adam_tuned_lambda")
        XCTAssertGreaterThanOrEqual(try result.number("adamw_tuned_lambda"), 3 * adamLambda,
                                    "the prose says AdamW's tuned λ is several times Adam's")
        XCTAssertLessThan(try result.number("adam_ridge_distance"), 1e-3,
                          "Adam with the penalty ends at the ridge solution")
        XCTAssertGreaterThan(try result.number("adamw_ridge_distance"), 0.1, "AdamW does not")
        XCTAssertLessThan(try result.number("comparison_l1_test"), try result.number("comparison_l2_test"),
                          "the prose says L1 wins on the sparse task")
        XCTAssertLessThan(try result.number("comparison_dense_l2_test"),
                          try result.number("comparison_dense_l1_test"), "the prose says L2 wins on the dense task")
        let dropout = try result.number("dropout_test")
        let equivalent = try result.number("dropout_equivalent_ridge_test")
        XCTAssertEqual(dropout, equivalent, accuracy: 0.01 * equivalent, "dropout matches its equivalent ridge")
    }
}
