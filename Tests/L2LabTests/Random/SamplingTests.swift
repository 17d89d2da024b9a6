import XCTest
@testable import L2Lab

final class SamplingTests: XCTestCase {
    // Reference vectors come from an independent implementation (Python) of SplitMix64 seeding,
    // xoshiro256** (it reproduces the published outputs in RandomGeneratorTests), Lemire's
    // bounded integers and Fisher-Yates from the last position down.

    func testShuffleMatchesAnIndependentReference() {
        var items = Array(0..<20)
        var generator = Xoshiro256StarStar(seed: 5)
        Sampling.shuffle(&items, using: &generator)
        XCTAssertEqual(items, [1, 0, 6, 16, 12, 3, 19, 15, 2, 9, 14, 4, 10, 7, 17, 8, 13, 18, 11, 5])
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
        XCTAssertEqual(picked, [21, 16, 18, 13, 22, 8, 7, 15, 27, 20], "the independent reference")
        XCTAssertEqual(Sampling.sample(5, from: 5, using: &generator).sorted(), [0, 1, 2, 3, 4])
    }

    func testDataSplitPartitionsIndicesByFractions() {
        let split = DataSplit(count: 103, trainFraction: 0.7, validationFraction: 0.15, seed: 42)
        XCTAssertEqual(split.train.count, 72)
        XCTAssertEqual(split.validation.count, 15)
        XCTAssertEqual(split.test.count, 16)
        XCTAssertEqual((split.train + split.validation + split.test).sorted(), Array(0..<103))
        let small = DataSplit(count: 20, trainFraction: 0.7, validationFraction: 0.15, seed: 42)
        XCTAssertEqual(small.train, [0, 19, 3, 18, 5, 4, 8, 17, 2, 13, 6, 9, 14, 10],
                       "the independent reference")
        XCTAssertEqual(small.validation, [11, 16, 15])
        XCTAssertEqual(small.test, [12, 7, 1])
    }
}
