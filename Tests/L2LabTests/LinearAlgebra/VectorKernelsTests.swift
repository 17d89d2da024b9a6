import XCTest
@testable import L2Lab

final class VectorKernelsTests: XCTestCase {
    func testKernelsOnHandComputedValues() {
        XCTAssertEqual(dot([1, 2, 3], [4, -5, 6]), 12)
        var y: [Double] = [1, 1, 1]
        axpy(2, [1, 2, 3], &y)
        XCTAssertEqual(y, [3, 5, 7])
        scale(&y, by: 0.5)
        XCTAssertEqual(y, [1.5, 2.5, 3.5])
        XCTAssertEqual(norm([3, 4]), 5)
        XCTAssertEqual(squaredNorm([3, 4]), 25)
        XCTAssertEqual(norm([]), 0)
    }

    func testNormDoesNotOverflowOrUnderflow() {
        XCTAssertEqual(norm([3e200, 4e200]), 5e200, accuracy: 1e188)
        XCTAssertEqual(norm([3e-200, 4e-200]), 5e-200, accuracy: 1e-212)
    }
}
