import XCTest
@testable import L2Lab

final class ArgminTests: XCTestCase {
    func testArgminFindsTheSmallestAndTheFirstOfTies() {
        XCTAssertEqual(argmin([3, 1, 2]), 1)
        XCTAssertEqual(argmin([0.5, -2, 7, -2]), 1)
        XCTAssertEqual(argmin([4]), 0)
        XCTAssertEqual(argmin([2, 2, 2]), 0)
        XCTAssertEqual(argmin([1, 1e-300, 0, -0.0]), 2, "0 and −0 are equal; the first wins")
    }
}
