import XCTest
@testable import L2Lab

final class PairedBootstrapTests: XCTestCase {
    /// Normal draws from a seeded generator.
    private func normalSample(count: Int, mean: Double, seed: UInt64) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in generator.nextNormal(mean: mean, standardDeviation: 1) }
    }

    func testIdenticalSystemsGiveZeroInterval() throws {
        let scores = normalSample(count: 50, mean: 0.4, seed: 1)
        let interval = try pairedBootstrap(a: scores, b: scores, seed: 7)
        XCTAssertEqual([interval.estimate, interval.lower, interval.upper], [0, 0, 0])
        XCTAssertFalse(interval.excludesZero)
    }

    /// A shift of 0.375 on scores in multiples of 1/8: every difference and sum is exact.
    func testConstantShiftGivesExactlyThatShift() throws {
        let b = (0..<40).map { Double($0 % 7) / 8 }
        let a = b.map { $0 + 0.375 }
        let interval = try pairedBootstrap(a: a, b: b, resamples: 200, seed: 3)
        XCTAssertEqual([interval.estimate, interval.lower, interval.upper], [0.375, 0.375, 0.375])
        XCTAssertTrue(interval.excludesZero)
    }

    /// On a large sample the percentile interval is close to mean ± 1.96 sd / √n; a missing
    /// square root (sd / n) would make it 30 times narrower.
    func testLargeSampleAgreesWithTheNormalApproximation() throws {
        let count = 1_000
        let values = normalSample(count: count, mean: 0.3, seed: 11)
        let mean = values.reduce(0, +) / Double(count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)
        let halfWidth = 1.96 * variance.squareRoot() / Double(count).squareRoot()
        let interval = try bootstrapMean(values, resamples: 2_000, seed: 5)
        XCTAssertEqual(interval.estimate, mean, accuracy: 1e-12)
        XCTAssertEqual(interval.lower, mean - halfWidth, accuracy: 0.1 * halfWidth)
        XCTAssertEqual(interval.upper, mean + halfWidth, accuracy: 0.1 * halfWidth)
        XCTAssertEqual(interval.confidenceLevel, 0.95)
        XCTAssertEqual(interval.resampleCount, 2_000)
        // A 50% interval is about 0.674 / 1.96 as wide as the 95% one.
        let narrow = try bootstrapMean(values, resamples: 2_000, confidenceLevel: 0.5, seed: 5)
        XCTAssertEqual(narrow.upper - narrow.lower, 2 * 0.674 * halfWidth / 1.96,
                       accuracy: 0.15 * 2 * 0.674 * halfWidth / 1.96)
    }

    func testPairedFormIsTheMeanIntervalOfTheDifferences() throws {
        let a = normalSample(count: 30, mean: 1, seed: 2)
        let b = normalSample(count: 30, mean: 0, seed: 3)
        let differences = zip(a, b).map { $0 - $1 }
        XCTAssertEqual(try pairedBootstrap(a: a, b: b, seed: 9),
                       try bootstrapMean(differences, seed: 9))
    }

    func testSameSeedSameIntervalOtherSeedOtherInterval() throws {
        let a = normalSample(count: 30, mean: 0.1, seed: 4)
        let b = normalSample(count: 30, mean: 0, seed: 5)
        let first = try pairedBootstrap(a: a, b: b, seed: 42)
        XCTAssertEqual(first, try pairedBootstrap(a: a, b: b, seed: 42))
        XCTAssertNotEqual(first, try pairedBootstrap(a: a, b: b, seed: 43))
        XCTAssertEqual(first.resampleCount, 1_000)
    }

    func testQuantileInterpolatesLinearlyAsNumpy() {
        // numpy.percentile([1, 2, 4, 8], [2.5, 97.5]) is [1.075, 7.7] (h = 0.075 and 2.925).
        XCTAssertEqual(BootstrapInterval.quantile(sorted: [1, 2, 4, 8], 0.025), 1.075, accuracy: 1e-12)
        XCTAssertEqual(BootstrapInterval.quantile(sorted: [1, 2, 4, 8], 0.975), 7.7, accuracy: 1e-12)
        XCTAssertEqual(BootstrapInterval.quantile(sorted: [5], 0.975), 5)
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try pairedBootstrap(a: [1, 2], b: [1], seed: 0)) { error in
            XCTAssertEqual(error as? MetricError,
                           .countMismatch(first: "a", firstCount: 2, second: "b", secondCount: 1))
        }
        XCTAssertThrowsError(try pairedBootstrap(a: [], b: [], seed: 0)) { error in
            XCTAssertEqual(error as? MetricError, .empty("the bootstrap's item list"))
        }
        XCTAssertThrowsError(try bootstrapMean([1], resamples: 0, seed: 0))
        XCTAssertThrowsError(try bootstrapMean([1], confidenceLevel: 1, seed: 0))
        XCTAssertThrowsError(try bootstrapMean([1, .nan], seed: 0))
    }
}
