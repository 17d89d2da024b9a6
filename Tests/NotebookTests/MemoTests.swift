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

    /// Lengths around the block size (64 bytes), where whole blocks and the padded tail meet;
    /// the digests are Python's `hashlib.sha256(bytes((i * 7 + 3) % 256 for i in range(n)))`.
    func testSHA256AroundTheBlockSize() {
        let digests = [
            55: "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
            56: "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            65: "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            128: "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6",
            1000: "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371",
        ]
        for (count, digest) in digests.sorted(by: { $0.key < $1.key }) {
            let bytes = (0..<count).map { UInt8(($0 * 7 + 3) % 256) }
            XCTAssertEqual(SHA256.hex(bytes), digest, "\(count) bytes")
        }
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
