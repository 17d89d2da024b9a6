import XCTest
@testable import Notebook

/// The binary form of memoized values: exact numbers, any `Codable` shape, damage detected.
final class MemoValueTests: XCTestCase {
    private func roundTrip<T: Codable>(_ value: T) throws -> T {
        let bytes = try MemoEncoder().encode(value).bytes
        return try MemoDecoder().decode(T.self, from: MemoValue(bytes: bytes))
    }

    func testDoublesKeepEveryBit() throws {
        let signalling = Double(bitPattern: 0x7FF4_0000_0000_0ABC)
        let quiet = Double(nan: 0x1234, signaling: false)
        let values: [Double] = [
            -0.0, 0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude.nextDown, .greatestFiniteMagnitude, 1.0 / 3, 0.1 + 0.2, -quiet, signalling,
        ]
        XCTAssertEqual(try roundTrip(values).map(\.bitPattern), values.map(\.bitPattern), "packed")
        for value in values {
            XCTAssertEqual(try roundTrip(value).bitPattern, value.bitPattern, "alone: \(value)")
            XCTAssertEqual(try roundTrip([[value]])[0][0].bitPattern, value.bitPattern, "nested: \(value)")
            XCTAssertEqual(try roundTrip(ContiguousArray([value]))[0].bitPattern, value.bitPattern,
                           "item by item: \(value)")
        }
        let floats: [Float] = [-0.0, .leastNonzeroMagnitude, Float(bitPattern: 0x7FA0_0001), .infinity]
        XCTAssertEqual(try roundTrip(floats).map(\.bitPattern), floats.map(\.bitPattern))
    }

    struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case first, second }
        var name: String
        var kind: Kind
        var counts: [String: Int]
        var extremes: [Int64]
        var unsigned: UInt64
        var small: Int8
        var missing: Double?
        var present: [Double]?
        var flags: [Bool]
        var pairs: [[Int]]
    }

    func testAnyCodableShapeRoundTrips() throws {
        let sample = Sample(name: "λ <&> \u{0}", kind: .second, counts: ["b": 2, "a": -1],
                            extremes: [.min, .max, 0], unsigned: .max, small: -128, missing: nil,
                            present: [2.5], flags: [true, false], pairs: [[1, 2], []])
        XCTAssertEqual(try roundTrip(sample), sample)
        XCTAssertEqual(try roundTrip([sample, sample]), [sample, sample])
    }

    func testEqualValuesGiveEqualBytes() throws {
        let one = try MemoEncoder().encode(["a": 1, "b": 2, "c": 3, "d": 4]).bytes
        let other = try MemoEncoder().encode(["d": 4, "c": 3, "b": 2, "a": 1]).bytes
        XCTAssertEqual(one, other)
    }

    func testDamagedBytesAreRejected() throws {
        let bytes = try MemoEncoder().encode(Sample(name: "x", kind: .first, counts: ["a": 1], extremes: [1],
                                                    unsigned: 2, small: 3, missing: nil, present: [1, 2],
                                                    flags: [true], pairs: [[1]])).bytes
        XCTAssertNoThrow(try MemoValue(bytes: bytes))
        XCTAssertThrowsError(try MemoValue(bytes: bytes.dropLast()), "cut short")
        XCTAssertThrowsError(try MemoValue(bytes: bytes + [0]), "a byte too many")
        XCTAssertThrowsError(try MemoValue(bytes: bytes.dropFirst()), "no header")
        var badTag = bytes
        badTag[MemoValue.magic.count] = 0xEE
        XCTAssertThrowsError(try MemoValue(bytes: badTag), "an unknown tag")
        var hugeCount = MemoValue.magic + [8]
        hugeCount += [UInt8](repeating: 0xFF, count: 8)
        XCTAssertThrowsError(try MemoValue(bytes: hugeCount), "a count larger than the bytes")
        let text = MemoValue.magic + [7, 2, 0, 0, 0, 0, 0, 0, 0, 0xC3, 0x28]
        XCTAssertThrowsError(try MemoValue(bytes: text), "invalid UTF-8")
        XCTAssertThrowsError(try MemoDecoder().decode(Int8.self, from: .integer(300)), "out of range")
        XCTAssertThrowsError(try MemoDecoder().decode(Sample.self, from: .fields([:])), "a field missing")
    }
}
