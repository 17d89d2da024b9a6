import XCTest
@testable import L2Lab

final class VectorDistanceTests: XCTestCase {
    func testLargestDifferenceIsTheMaximumNormOfTheDifference() {
        XCTAssertEqual(largestDifference([1, -2, 3], [1.5, 2, 2]), 4)
        XCTAssertEqual(largestDifference([-1e-12, 0], [0, 0]), 1e-12)
        XCTAssertEqual(largestDifference([], []), 0)
    }

    func testRelativeDistanceDividesByTheSecondVectorsNorm() {
        // a − b = (3, 4), ‖b‖ = 10.
        XCTAssertEqual(relativeDistance([9, 12], [6, 8]), 0.5, accuracy: 1e-15)
        XCTAssertEqual(relativeDistance([6, 8], [9, 12]), 5.0 / 15, accuracy: 1e-15)
        XCTAssertEqual(relativeDistance([1, 2, 3], [1, 2, 3]), 0)
    }
}
