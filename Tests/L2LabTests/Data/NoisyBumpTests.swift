import XCTest
@testable import L2Lab

final class NoisyBumpTests: XCTestCase {
    func testCurveIsTheBumpExpMinusFourXSquared() {
        XCTAssertEqual(NoisyBump.curve(0), 1, accuracy: 1e-15)
        XCTAssertEqual(NoisyBump.curve(0.5), 0.36787944117144233, accuracy: 1e-15)
        XCTAssertEqual(NoisyBump.curve(-1), 0.018315638888734179, accuracy: 1e-16)
    }

    func testSampleDrawsAllInputsFirstThenTheNoise() {
        var generator = Xoshiro256StarStar(seed: 5)
        let sample = NoisyBump.sample(count: 4, using: &generator)
        var replay = Xoshiro256StarStar(seed: 5)
        let x = (0..<4).map { _ in 2 * replay.nextUniform() - 1 }
        let noise = (0..<4).map { _ in replay.nextNormal() * 0.1 }
        assertClose(sample.x, x, tolerance: 0)
        assertClose(sample.y, zip(x, noise).map { NoisyBump.curve($0) + $1 }, tolerance: 1e-15)
        XCTAssertEqual(generator.next(), replay.next(), "the sample consumes exactly its draws")
    }

    func testSampleLiesOnTheCurveWithTheRequestedNoise() {
        var generator = Xoshiro256StarStar(seed: 1)
        let sample = NoisyBump.sample(count: 20_000, noise: 0.2, using: &generator)
        XCTAssertTrue(sample.x.allSatisfy { $0 >= -1 && $0 < 1 })
        let residuals = zip(sample.x, sample.y).map { $1 - NoisyBump.curve($0) }
        let mean = residuals.reduce(0, +) / Double(residuals.count)
        let variance = residuals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
            / Double(residuals.count)
        XCTAssertEqual(mean, 0, accuracy: 0.01)
        XCTAssertEqual(variance.squareRoot(), 0.2, accuracy: 0.005)
    }
}
