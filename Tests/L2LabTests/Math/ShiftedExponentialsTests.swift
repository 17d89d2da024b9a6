import XCTest
@testable import L2Lab

final class ShiftedExponentialsTests: XCTestCase {
    func testVectorExpIsBitForBitTheScalarExp() {
        var generator = Xoshiro256StarStar(seed: 31)
        let special: [Double] = [0, -0.0, 1, -1, 511.9, -511.9, 512, -512, 700, -740, -745.2, 710,
                                 .infinity, -.infinity, .nan, 1e-300, -1e-20, 0x1p-1074]
        var values = special
        for _ in 0..<40_000 {
            values.append((generator.nextUniform() - 0.5) * 60)
        }
        for _ in 0..<4_000 {
            values.append((generator.nextUniform() - 0.5) * 1500)
        }
        for start in stride(from: 0, to: values.count - 3, by: 1) {
            let lanes = SIMD4(values[start], values[start + 1], values[start + 2], values[start + 3])
            let vector = Elementary.exp(lanes)
            for lane in 0..<4 {
                XCTAssertEqual(vector[lane].bitPattern, Elementary.exp(lanes[lane]).bitPattern,
                               "exp(\(lanes[lane])) in lane \(lane)")
                if vector[lane].bitPattern != Elementary.exp(lanes[lane]).bitPattern { return }
            }
        }
    }

    func testSumAddsFourInterleavedLanesThenTheRemainderInOrder() {
        let x = ModelFixtures.randomVector(11, seed: 32, deviation: 3)
        let shift = 0.75
        let e = x.map { Elementary.exp($0 - shift) }
        let expected = (((e[0] + e[4]) + e[8]) + ((e[1] + e[5]) + e[9]))
            + (((e[2] + e[6]) + e[10]) + (e[3] + e[7]))
        var terms = [Double](repeating: .nan, count: 12)
        let sum = x.withUnsafeBufferPointer { x in
            terms.withUnsafeMutableBufferPointer { terms in
                ShiftedExponentials.sum(of: x, minus: shift, terms: terms)
            }
        }
        XCTAssertEqual(sum.bitPattern, expected.bitPattern)
        XCTAssertEqual(Array(terms[0..<11]), e)
        XCTAssertTrue(terms[11].isNaN, "wrote past the row")
        let withoutTerms = x.withUnsafeBufferPointer {
            ShiftedExponentials.sum(of: $0, minus: shift, terms: nil)
        }
        XCTAssertEqual(withoutTerms.bitPattern, expected.bitPattern)
    }

    func testMaximumCoversEveryLaneTheRemainderAndTheFloor() {
        for count in 0..<10 {
            for position in 0..<max(count, 1) {
                var x = [Double](repeating: -5, count: count)
                if count > 0 { x[position] = 2 }
                let largest = x.withUnsafeBufferPointer { ShiftedExponentials.maximum(of: $0, atLeast: -7) }
                XCTAssertEqual(largest, count > 0 ? 2 : -7, "count \(count), position \(position)")
                let floored = x.withUnsafeBufferPointer { ShiftedExponentials.maximum(of: $0, atLeast: 3) }
                XCTAssertEqual(floored, 3)
            }
        }
    }
}
