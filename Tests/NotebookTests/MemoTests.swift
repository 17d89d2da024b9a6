import Foundation
import XCTest
@testable import Notebook

/// The SHA-256 that memo keys and stored values' checksums use, and the round trip that makes
/// a computed value and a loaded one the same.
final class MemoTests: XCTestCase {
    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testValuesRoundTripToTheLastBit() throws {
        let values: [Double] = [1.0 / 3, 0.1 + 0.2, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity, -.infinity]
        let payload = try MemoStore.encode(values, name: "v")
        let back = try MemoStore.decode([Double].self, from: payload)
        XCTAssertEqual(back.map(\.bitPattern), values.map(\.bitPattern))
        let nan = try MemoStore.decode(Double.self, from: MemoStore.encode(Double.nan, name: "n"))
        XCTAssertTrue(nan.isNaN)
    }

    func testAPayloadOfAnotherTypeOrDamagedIsNotRead() throws {
        let payload = try MemoStore.encode([1.5, 2.5], name: "v")
        XCTAssertThrowsError(try MemoStore.decode([String].self, from: payload))
        XCTAssertThrowsError(try MemoStore.decode([Double].self, from: payload.dropLast()))
        XCTAssertThrowsError(try MemoStore.decode([Double].self, from: Data("{\"name\":\"v\",\"value\":[1.5]}".utf8)),
                             "a value in the old JSON form is not read")
    }

    func testWithoutAStoreTheBlockRunsEveryTime() {
        var runs = 0
        for _ in 0..<2 {
            _ = memo("count") { () -> Int in
                runs += 1
                return runs
            }
        }
        XCTAssertEqual(runs, 2)
    }
}
