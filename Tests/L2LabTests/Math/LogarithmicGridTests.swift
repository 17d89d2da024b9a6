import XCTest
@testable import L2Lab

final class LogarithmicGridTests: XCTestCase {
    func testPowerOfTenIsCloseToTheTruePowerWithinTheRoundingOfItsArgument() {
        for exponent in -14...6 {
            let expected = Double("1e\(exponent)")!
            let value = powerOfTen(Double(exponent))
            // The doc comment's bound, 2 · |x| · ln 10 · 2⁻⁵³, and two roundings of the result.
            let relative = (2 * Double(abs(exponent)) * 2.303 + 2) * Double.ulpOfOne / 2
            XCTAssertEqual(value, expected, accuracy: relative * expected, "10^\(exponent)")
        }
        XCTAssertEqual(powerOfTen(0.5), 3.1622776601683795, accuracy: 1e-14)
        XCTAssertEqual(powerOfTen(-2.25), 0.005623413251903491, accuracy: 1e-17)
    }

    func testGridIncludesBothEndsWithEvenSpacingInTheExponent() {
        let grid = logarithmicGrid(fromExponent: -7, toExponent: 1, perDecade: 8)
        XCTAssertEqual(grid.count, 65)
        XCTAssertEqual(grid.first!, 1e-7, accuracy: 1e-20)
        XCTAssertEqual(grid.last!, 10, accuracy: 1e-13)
        XCTAssertEqual(grid[8], 1e-6, accuracy: 1e-19)
        for (a, b) in zip(grid, grid.dropFirst()) {
            XCTAssertEqual(b / a, powerOfTen(1.0 / 8), accuracy: 1e-12)
        }
    }

    func testGridElementsAreTheFormulaBitForBit() {
        let grid = logarithmicGrid(fromExponent: -4, toExponent: 3, perDecade: 8)
        let chapterFormula = (0...56).map { powerOfTen(Double($0) / 8 - 4) }
        XCTAssertEqual(grid, chapterFormula)
        XCTAssertEqual(logarithmicGrid(fromExponent: 2, toExponent: 2, perDecade: 3), [powerOfTen(2)])
    }
}
