import XCTest
@testable import L2Lab

final class NGramsTests: XCTestCase {
    func testNGramsAreInOrderOfTheirStart() {
        XCTAssertEqual(["a", "b", "c", "d"].ngrams(order: 2), [["a", "b"], ["b", "c"], ["c", "d"]])
        XCTAssertEqual(["a", "b", "c"].ngrams(order: 3), [["a", "b", "c"]])
        XCTAssertEqual(["a", "b", "c"].ngrams(order: 1), [["a"], ["b"], ["c"]])
    }

    func testSequencesShorterThanTheOrderHaveNoNGrams() {
        XCTAssertEqual(["a", "b"].ngrams(order: 3), [])
        XCTAssertEqual([String]().ngrams(order: 1), [])
    }

    func testCountsCountRepeatedNGrams() {
        let counts = ["x", "y", "x", "y", "x"].ngramCounts(order: 2)
        XCTAssertEqual(counts, [["x", "y"]: 2, ["y", "x"]: 2])
    }
}
