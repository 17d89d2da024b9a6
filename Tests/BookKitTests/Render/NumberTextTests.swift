import XCTest
import NotebookChannel
@testable import BookKit

/// Numbers the engine writes into charts and tables follow the book's number style.
final class NumberTextTests: XCTestCase {
    func testTickLabelsUseTheMinusSignAndPowersOfTen() {
        XCTAssertEqual(Axis.label(-0.5), "\u{2212}0.5")
        XCTAssertEqual(Axis.label(0.16), "0.16")
        XCTAssertEqual(Axis.label(1e-4), "10⁻⁴")
        XCTAssertEqual(Axis.label(-1e-4), "\u{2212}10⁻⁴")
        XCTAssertEqual(Axis.label(1e6), "10⁶")
        XCTAssertEqual(Axis.label(1.5e-5), "1.5\u{A0}×\u{A0}10⁻⁵")
        XCTAssertEqual(Axis.label(10_000), "10,000")
        XCTAssertEqual(Axis.label(2000), "2000")
        XCTAssertEqual(Axis.label(0), "0")
    }

    func testValuesOfPointsAndBars() {
        XCTAssertEqual(ChartRenderer.value(-2.405e-10), "\u{2212}2.405\u{A0}×\u{A0}10⁻¹⁰")
        XCTAssertEqual(ChartRenderer.value(-0.001), "\u{2212}0.001")
        XCTAssertEqual(BarChartRenderer.valueLabel(-0.1234), "\u{2212}0.123")
        XCTAssertEqual(NumberStyle.styled("-0.00"), "0.00", "no sign on a zero")
        XCTAssertEqual(NumberStyle.styled("123456.5"), "123,456.5")
        XCTAssertEqual(NumberStyle.styled("inf"), "inf", "what is not a number is left alone")
    }

    func testNumericColumnsAreRightAligned() {
        let rows = [["a", "0.5", "1\u{A0}×\u{A0}10⁻⁷", "", "3 of 10"],
                    ["b", "\u{2212}2.0%", "[0.9, 1.1]", "", "4"]]
        XCTAssertEqual(NumericColumns.of(rows, columnCount: 5), [1, 2])
    }
}
