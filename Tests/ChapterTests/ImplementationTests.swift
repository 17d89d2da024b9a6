import XCTest

final class ImplementationTests: XCTestCase {
    func testRegularizationCutsTheTestLossInBothExperiments() throws {
        let result = try runChapter("03-implementation")
        let polynomialLambda = try result.number("polynomial_best_lambda")
        XCTAssertGreaterThan(polynomialLambda, 1e-7, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(polynomialLambda, 10)
        XCTAssertGreaterThan(try result.number("polynomial_test_gain"), 3)
        XCTAssertGreaterThan(try result.number("wide_test_gain"), 2)
    }
}
