import XCTest
@testable import BookKit

final class ByteSearchTests: XCTestCase {
    func testFindsTheFirstOccurrenceAsStringIndices() {
        let text = "λ‖w‖² <pre>a</pre> <pre>b</pre>"
        let range = text[...].firstByteRange(of: "<pre>")
        XCTAssertEqual(range.map { String(text[..<$0.lowerBound]) }, "λ‖w‖² ")
        XCTAssertEqual(range.map { String(text[$0]) }, "<pre>")
        // Within a substring, the search starts at the substring's start.
        let rest = text[range!.upperBound...]
        XCTAssertEqual(rest.firstByteRange(of: "<pre>").map { String(rest[..<$0.lowerBound]) }, "a</pre> ")
    }

    func testPartialMatchesAbsentPatternsAndTheEmptyPattern() {
        let text = "<h <h2 <h2 id"[...]
        XCTAssertEqual(text.firstByteRange(of: "<h2 id").map { text.distance(from: text.startIndex, to: $0.lowerBound) }, 7)
        XCTAssertNil(text.firstByteRange(of: "<h3"))
        XCTAssertNil("ab"[...].firstByteRange(of: "abc"))
        XCTAssertEqual(text.firstByteRange(of: ""), text.startIndex..<text.startIndex)
    }
}
