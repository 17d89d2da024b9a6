import XCTest
@testable import Notebook
import NotebookChannel

final class FormatTests: XCTestCase {
    func testDoublesShowFourSignificantDigits() {
        XCTAssertEqual((1.0 / 3.0).notebookText, "0.3333")
        XCTAssertEqual(2.0.notebookText, "2")
        XCTAssertEqual(1234.5678.notebookText, "1235")
        XCTAssertEqual(0.000123456.notebookText, "0.0001235")
        XCTAssertEqual(9.99996.notebookText, "10")
        XCTAssertEqual((-0.5).notebookText, "\u{2212}0.5")
        XCTAssertEqual(139123.4.notebookText, "139,123")
        XCTAssertEqual(1.5e-7.notebookText, "1.5\u{A0}×\u{A0}10⁻⁷")
        XCTAssertEqual(1e-7.notebookText, "1\u{A0}×\u{A0}10⁻⁷")
        XCTAssertEqual(1.2345e-7.notebookText, "1.235\u{A0}×\u{A0}10⁻⁷")
        XCTAssertEqual((-2.5e9).notebookText, "\u{2212}2.5\u{A0}×\u{A0}10⁹")
        XCTAssertEqual(1.5e12.notebookText, "1.5\u{A0}×\u{A0}10¹²")
        XCTAssertEqual(Double.nan.notebookText, "NaN")
        XCTAssertEqual((-Double.infinity).notebookText, "\u{2212}∞")
    }

    func testIntegersAreGroupedFromTenThousand() {
        XCTAssertEqual(2000.notebookText, "2000")
        XCTAssertEqual(9999.notebookText, "9999")
        XCTAssertEqual(10000.notebookText, "10,000")
        XCTAssertEqual((-1234567).notebookText, "\u{2212}1,234,567")
        XCTAssertEqual([1, -2].notebookText, "1, \u{2212}2")
    }

    func testExplicitFormatters() {
        XCTAssertEqual(fixed(3.14159, 2).text, "3.14")
        XCTAssertEqual(fixed(-0.95, 2).text, "\u{2212}0.95")
        XCTAssertEqual(fixed(-0.001, 2).text, "0.00", "a value that rounds to zero has no sign")
        XCTAssertEqual(fixed(832253.4, 1).text, "832,253.4")
        XCTAssertEqual(fixed(2000, 0).text, "2000")
        XCTAssertEqual(significant(3.14159, 2).text, "3.1")
        XCTAssertEqual(percent(0.1234).text, "12.3%")
        XCTAssertEqual(percent(-0.031, 0).text, "\u{2212}3%")
        XCTAssertEqual(scientific(12345).text, "1.23\u{A0}×\u{A0}10⁴")
        XCTAssertEqual(scientific(-2.405e-10, 4).text, "\u{2212}2.405\u{A0}×\u{A0}10⁻¹⁰")
        XCTAssertEqual(scientific(1).text, "1.00\u{A0}×\u{A0}10⁰")
        XCTAssertEqual(grouped(139123).text, "139,123")
        XCTAssertEqual(grouped(-100000).text, "\u{2212}100,000")
        XCTAssertEqual(grouped(1000).text, "1000")
        XCTAssertEqual(grouped(999).text, "999")
        XCTAssertEqual(percent(0.5).json, "0.5")
        XCTAssertEqual(grouped(-100000).json, "-100000", "JSON keeps the plain number")
    }

    func testFourDigitNumbersAreGroupedOnlyWhereTheyStandAlone() {
        XCTAssertEqual(Format.groupingFourDigitNumbers(in: "2000 of 3000.25"), "2,000 of 3,000.25")
        let alone = "0.1234, v2000, 12345, 200"
        XCTAssertEqual(Format.groupingFourDigitNumbers(in: alone), alone)
        XCTAssertTrue(Format.containsGroupedNumber("832,253"))
        XCTAssertTrue(Format.containsGroupedNumber("(1,000)"))
        XCTAssertFalse(Format.containsGroupedNumber("1, 2"))
        XCTAssertFalse(Format.containsGroupedNumber("1,2345"))
    }

    func testJSONEscapesControlCharactersAndQuotes() {
        XCTAssertEqual(JSON.string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"")
        XCTAssertEqual(JSON.number(.infinity), "null")
        XCTAssertEqual([1.5, 2].notebookJSON, "[1.5,2.0]")
    }
}
