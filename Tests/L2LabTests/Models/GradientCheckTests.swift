import XCTest
@testable import L2Lab

final class GradientCheckTests: XCTestCase {
    private struct Quadratic: Objective {
        var wrongGradient = false
        var parameterCount: Int { 2 }
        func loss(_ p: [Double]) -> Double { p[0] * p[0] * p[0] + 3 * p[0] * p[1] }
        func gradient(_ p: [Double]) -> [Double] {
            [3 * p[0] * p[0] + 3 * p[1] + (wrongGradient ? 0.01 : 0), 3 * p[0]]
        }
    }

    func testAcceptsCorrectGradientAndRejectsWrongOne() {
        XCTAssertLessThan(GradientCheck.maxRelativeError(of: Quadratic(), at: [1.5, -2]), 1e-8)
        let wrong = Quadratic(wrongGradient: true)
        XCTAssertGreaterThan(GradientCheck.maxRelativeError(of: wrong, at: [1.5, -2]), 1e-3)
    }

    func testPenaltyValueAndGradientSkipUnregularizedRanges() {
        let penalty = L2Penalty(lambda: 0.5, regularizedRanges: [0..<2, 3..<4])
        let p: [Double] = [1, 2, 100, 3]
        XCTAssertEqual(penalty.value(p), 0.25 * 14)
        var g = [Double](repeating: 1, count: 4)
        penalty.addGradient(to: &g, at: p)
        XCTAssertEqual(g, [1.5, 2, 1, 2.5])
    }
}
