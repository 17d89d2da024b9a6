import XCTest
@testable import L2Lab

final class BootstrapPerplexityRatioTests: XCTestCase {
    func testEstimateIsTheRatioOfPerplexitiesOverTheGroupedTokens() throws {
        let a = ModelFixtures.randomVector(60, seed: 1).map { 2 + abs($0) }
        let b = ModelFixtures.randomVector(60, seed: 2).map { 2.3 + abs($0) }
        let lengths: [Double] = [10, 25, 5, 15]   // 55 tokens; the last 5 are left out
        let interval = try bootstrapPerplexityRatio(a, b, groupLengths: lengths, seed: 7)
        let mean = { (x: [Double]) in x.prefix(55).reduce(0, +) / 55 }
        XCTAssertEqual(interval.estimate, exp(mean(a)) / exp(mean(b)), accuracy: 1e-12)
        XCTAssertLessThanOrEqual(interval.lower, interval.estimate)
        XCTAssertGreaterThanOrEqual(interval.upper, interval.estimate)
        XCTAssertLessThan(interval.lower, interval.upper)
        XCTAssertEqual(interval.resampleCount, 1_000)
    }

    func testSameLossesGiveARatioOfOneWithNoWidth() throws {
        let a = ModelFixtures.randomVector(20, seed: 3).map { 1 + abs($0) }
        let interval = try bootstrapPerplexityRatio(a, a, groupLengths: [5, 5, 10], seed: 1)
        XCTAssertEqual(interval.estimate, 1, accuracy: 1e-15)
        XCTAssertEqual(interval.lower, 1, accuracy: 1e-15)
        XCTAssertEqual(interval.upper, 1, accuracy: 1e-15)
    }
}
