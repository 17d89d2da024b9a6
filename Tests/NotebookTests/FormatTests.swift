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
        XCTAssertEqual((-0.5).notebookText, "-0.5")
        XCTAssertEqual(139123.4.notebookText, "139123")
        XCTAssertEqual(1.5e-7.notebookText, "1.5e-07")
        XCTAssertEqual(1e-7.notebookText, "1e-07")
        XCTAssertEqual(1.2345e-7.notebookText, "1.235e-07")
        XCTAssertEqual(2.5e9.notebookText, "2.5e+09")
        XCTAssertEqual(Double.nan.notebookText, "NaN")
    }

    func testExplicitFormatters() {
        XCTAssertEqual(fixed(3.14159, 2).text, "3.14")
        XCTAssertEqual(significant(3.14159, 2).text, "3.1")
        XCTAssertEqual(percent(0.1234).text, "12.3%")
        XCTAssertEqual(scientific(12345).text, "1.23e+04")
        XCTAssertEqual(grouped(139123).text, "139,123")
        XCTAssertEqual(grouped(-1000).text, "-1,000")
        XCTAssertEqual(grouped(999).text, "999")
        XCTAssertEqual(percent(0.5).json, "0.5")
    }

    func testJSONEscapesControlCharactersAndQuotes() {
        XCTAssertEqual(JSON.string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"")
        XCTAssertEqual(JSON.number(.infinity), "null")
        XCTAssertEqual([1.5, 2].notebookJSON, "[1.5,2.0]")
    }
}
