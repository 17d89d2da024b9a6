import XCTest

/// Asserts that two arrays of doubles agree element by element to `tolerance` (absolute).
func assertClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                 _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "count differs. \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        XCTAssertEqual(a, e, accuracy: tolerance, "element \(index) differs. \(message)",
                       file: file, line: line)
    }
}
