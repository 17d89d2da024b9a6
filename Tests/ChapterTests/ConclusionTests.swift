import BookKit
import XCTest

final class ConclusionTests: XCTestCase {
    func testHeadlineTableIsBuiltFromExportedValues() throws {
        let result = try runChapter("06-conclusion")
        XCTAssertTrue(result.inlineValues.allSatisfy { $0 != nil }, "every inline value was computed")
        let table = try XCTUnwrap(result.cells.flatMap(\.items).compactMap { item -> TableOutput? in
            if case .table(let table) = item { return table } else { return nil }
        }.first)
        XCTAssertGreaterThanOrEqual(table.rows.count, 6)
        XCTAssertFalse(table.rows.contains { $0.last == "nan" || $0.last?.isEmpty == true })
    }
}
