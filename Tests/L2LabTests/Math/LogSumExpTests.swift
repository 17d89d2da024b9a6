import XCTest
@testable import L2Lab

final class LogSumExpTests: XCTestCase {
    func testLogSumExpMatchesDirectFormulaAndAvoidsOverflow() {
        XCTAssertEqual(logSumExp([0, 0]), Elementary.log(2), accuracy: 1e-15)
        XCTAssertEqual(logSumExp([1000, 1000]), 1000 + Elementary.log(2), accuracy: 1e-12)
        XCTAssertEqual(logSumExp([-1000, -1000, -1000]), -1000 + Elementary.log(3), accuracy: 1e-12)
        XCTAssertEqual(logSumExp([]), -.infinity)
        XCTAssertEqual(logSumExp([-.infinity, 0]), 0)
        XCTAssertEqual(logSumExp([.infinity, 0]), .infinity)
    }

    func testSoftmaxSumsToOneAndIsShiftInvariant() {
        let p = softmax([1, 2, 3])
        let e = [1.0, 2, 3].map(Elementary.exp)
        let total = e[0] + e[1] + e[2]
        for i in 0..<3 {
            XCTAssertEqual(p[i], e[i] / total, accuracy: 1e-15)
        }
        let shifted = softmax([1001, 1002, 1003])
        for i in 0..<3 {
            XCTAssertEqual(shifted[i], p[i], accuracy: 1e-15)
        }
    }
}
