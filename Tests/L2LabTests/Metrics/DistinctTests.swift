import XCTest
@testable import L2Lab

final class DistinctTests: XCTestCase {
    func testDistinctMatchesDefinition() {
        for reference in distinctReference {
            XCTAssertEqual(distinct(order: 1, texts: reference.texts), reference.distinct1, accuracy: 1e-9,
                           "\(reference.texts)")
            XCTAssertEqual(distinct(order: 2, texts: reference.texts), reference.distinct2, accuracy: 1e-9,
                           "\(reference.texts)")
        }
    }

    func testBigramsDoNotCrossTexts() {
        XCTAssertEqual(distinct(order: 2, texts: [["a"], ["b"]]), 0)
        XCTAssertEqual(distinct(order: 2, texts: [["a", "b"], ["a", "b"]]), 0.5)
    }
}
