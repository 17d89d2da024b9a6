import XCTest
@testable import L2Lab

final class DistractorsTests: XCTestCase {
    func testDrawsDistinctOthersNeverTheItemItself() {
        var generator = Xoshiro256StarStar(seed: 8)
        let drawn = Sampling.distractors(count: 12, perItem: 9, using: &generator)
        XCTAssertEqual(drawn.count, 12)
        for (item, others) in drawn.enumerated() {
            XCTAssertEqual(others.count, 9)
            XCTAssertEqual(Set(others).count, 9, "distinct")
            XCTAssertFalse(others.contains(item))
            XCTAssertTrue(others.allSatisfy { (0..<12).contains($0) })
        }
    }

    func testIsSeededAndUniform() {
        var a = Xoshiro256StarStar(seed: 3)
        var b = Xoshiro256StarStar(seed: 3)
        XCTAssertEqual(Sampling.distractors(count: 20, perItem: 4, using: &a),
                       Sampling.distractors(count: 20, perItem: 4, using: &b))
        // Item 0's single distractor over many draws: each of the 4 others about 1/4 of the time.
        var generator = Xoshiro256StarStar(seed: 11)
        var counts = [Int](repeating: 0, count: 5)
        for _ in 0..<8_000 {
            counts[Sampling.distractors(count: 5, perItem: 1, using: &generator)[0][0]] += 1
        }
        XCTAssertEqual(counts[0], 0)
        for count in counts.dropFirst() { XCTAssertEqual(Double(count), 2_000, accuracy: 150) }
    }
}
