import XCTest
import L2Lab

final class BootstrapRatioOfSumsTests: XCTestCase {
    func testUnitDenominatorsGiveTheIntervalOfTheMean() throws {
        var generator = Xoshiro256StarStar(seed: 3)
        let values = (0..<200).map { _ in generator.nextNormal(mean: 1, standardDeviation: 2) }
        let ratio = try bootstrapRatioOfSums(numerators: values, denominators: values.map { _ in 1 }, seed: 9)
        let mean = try bootstrapMean(values, seed: 9)
        XCTAssertEqual(ratio, mean, "with every denominator 1 the ratio of sums is the mean, draw for draw")
    }

    func testAConstantRatioGivesExactlyThatRatio() throws {
        let denominators: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let interval = try bootstrapRatioOfSums(numerators: denominators.map { 0.25 * $0 },
                                                denominators: denominators, resamples: 500, seed: 1)
        XCTAssertEqual(interval.estimate, 0.25)
        XCTAssertEqual(interval.lower, 0.25)
        XCTAssertEqual(interval.upper, 0.25)
    }

    func testTheEstimateIsTheRatioOfTheSumsNotTheMeanOfTheRatios() throws {
        // Item ratios 1 and 3: their mean is 2, but the pooled ratio is (1 + 30) / (1 + 10).
        let interval = try bootstrapRatioOfSums(numerators: [1, 30], denominators: [1, 10], seed: 2)
        XCTAssertEqual(interval.estimate, 31.0 / 11.0, accuracy: 1e-15)
        XCTAssertGreaterThanOrEqual(interval.lower, 1)
        XCTAssertLessThanOrEqual(interval.upper, 3)
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try bootstrapRatioOfSums(numerators: [], denominators: [], seed: 1))
        XCTAssertThrowsError(try bootstrapRatioOfSums(numerators: [1, 2], denominators: [1], seed: 1))
        XCTAssertThrowsError(try bootstrapRatioOfSums(numerators: [1], denominators: [0], seed: 1))
        XCTAssertThrowsError(try bootstrapRatioOfSums(numerators: [.nan], denominators: [1], seed: 1))
        XCTAssertThrowsError(try bootstrapRatioOfSums(numerators: [1], denominators: [1], resamples: 0, seed: 1))
    }
}
