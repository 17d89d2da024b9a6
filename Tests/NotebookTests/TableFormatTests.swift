import XCTest
@testable import Notebook

final class TableFormatTests: XCTestCase {
    private func column(_ values: [any NotebookValue], _ format: ColumnFormat = .automatic) -> [String] {
        Table(columns: ["x"], rows: values.map { [$0] }, formats: [format]).cellTexts.map { $0[0] }
    }

    func testAutomaticColumnsShowOnePrecision() {
        // The column: 2.426 / 2.43 / 0.8255 becomes one number of decimals.
        XCTAssertEqual(column([2.4262, 2.43, 0.82547]), ["2.426", "2.430", "0.825"])
        XCTAssertEqual(column([150.34, 98.21]), ["150.3", "98.2"])
        XCTAssertEqual(column([-0.95, 0.5]), ["\u{2212}0.95", "0.50"], "no decimals that are zero in every row")
        XCTAssertEqual(column([0.5, -1.2, 2]), ["0.5", "\u{2212}1.2", "2.0"])
        XCTAssertEqual(column([0.001, 0.01, 0.1, 1, 10.5]), ["0.00100", "0.0100", "0.100", "1.00", "10.5"])
        XCTAssertEqual(column([2.4051e-10, 0.5]), ["2.41\u{A0}×\u{A0}10⁻¹⁰", "5.00\u{A0}×\u{A0}10⁻¹"])
        XCTAssertEqual(column([1.0, 10, 100]), ["1", "10", "100"])
    }

    func testIntegersOfAColumnWithLargerOnesAreAllGrouped() {
        // The column: "2000" beside "832,253".
        XCTAssertEqual(column([2000, 832_253]), ["2,000", "832,253"])
        XCTAssertEqual(column([2000, 3000]), ["2000", "3000"])
        XCTAssertEqual(column([grouped(2000), "12,000 tokens", "2500 tokens"]),
                       ["2,000", "12,000 tokens", "2,500 tokens"])
    }

    func testExplicitFormatsApplyToNumbersAndLeaveFormattedCells() {
        XCTAssertEqual(column([0.12345, 2], .fixed(2)), ["0.12", "2.00"])
        XCTAssertEqual(column([0.12345, 0.5], .percent(1)), ["12.3%", "50.0%"])
        XCTAssertEqual(column([123456.0, 0.5], .scientific(2)), ["1.2\u{A0}×\u{A0}10⁵", "5.0\u{A0}×\u{A0}10⁻¹"])
        XCTAssertEqual(column([0.5, 20], .significant(2)), ["0.50", "20"])
        XCTAssertEqual(column([2.6, -0.4], .integer), ["3", "0"])
        XCTAssertEqual(column([0.5, fixed(0.25, 3), "n/a"], .fixed(1)), ["0.5", "0.250", "n/a"])
    }

    func testFormatsFollowTheirColumnsAndTheJSONCarriesTheTexts() {
        let table = Table(columns: ["name", "loss", "count"],
                          rows: [["a", 0.5, 12], ["b", 1.25, 40000]], formats: [.automatic, .fixed(1)])
        XCTAssertEqual(table.cellTexts, [["a", "0.5", "12"], ["b", "1.2", "40,000"]])
        XCTAssertTrue(table.json.contains("\"rows\":[[\"a\",\"0.5\",\"12\"],[\"b\",\"1.2\",\"40,000\"]]"),
                      table.json)
    }
}
