import XCTest
@testable import L2Lab

final class SamplingTests: XCTestCase {
    func testShuffleIsAPermutationAndDeterministic() {
        var first = Array(0..<50)
        var second = Array(0..<50)
        var g1 = Xoshiro256StarStar(seed: 5)
        var g2 = Xoshiro256StarStar(seed: 5)
        Sampling.shuffle(&first, using: &g1)
        Sampling.shuffle(&second, using: &g2)
        XCTAssertEqual(first, second)
        XCTAssertNotEqual(first, Array(0..<50))
        XCTAssertEqual(first.sorted(), Array(0..<50))
    }

    func testShuffleFirstPositionIsUniform() {
        var generator = Xoshiro256StarStar(seed: 8)
        var counts = [Int](repeating: 0, count: 4)
        for _ in 0..<40_000 {
            var items = [0, 1, 2, 3]
            Sampling.shuffle(&items, using: &generator)
            counts[items[0]] += 1
        }
        for count in counts {
            XCTAssertEqual(Double(count), 10_000, accuracy: 400)
        }
    }

    func testSampleReturnsDistinctIndicesInRange() {
        var generator = Xoshiro256StarStar(seed: 1)
        let picked = Sampling.sample(10, from: 30, using: &generator)
        XCTAssertEqual(picked.count, 10)
        XCTAssertEqual(Set(picked).count, 10)
        XCTAssertTrue(picked.allSatisfy { $0 >= 0 && $0 < 30 })
        XCTAssertEqual(Sampling.sample(5, from: 5, using: &generator).sorted(), [0, 1, 2, 3, 4])
    }

    func testDataSplitPartitionsIndicesByFractions() {
        let split = DataSplit(count: 103, trainFraction: 0.7, validationFraction: 0.15, seed: 42)
        XCTAssertEqual(split.train.count, 72)
        XCTAssertEqual(split.validation.count, 15)
        XCTAssertEqual(split.test.count, 16)
        XCTAssertEqual((split.train + split.validation + split.test).sorted(), Array(0..<103))
        XCTAssertEqual(split, DataSplit(count: 103, trainFraction: 0.7, validationFraction: 0.15, seed: 42))
        let reseeded = DataSplit(count: 103, trainFraction: 0.7, validationFraction: 0.15, seed: 43)
        XCTAssertNotEqual(split, reseeded)
    }
}
