import Crypto
import Foundation
import XCTest
import ZIPFoundation
@testable import BookKit

/// What `book store import` and `book build --shard` say of bad input, on the command line.
final class StoreFailureTests: XCTestCase {
    func testAnArchiveWithAPathLeavingItsFolderIsRefusedWithItsNameAndNothingIsImported() throws {
        let root = try fixtureBook("TinyBook", self)
        let evil = root.appendingPathComponent("evil.zip")
        let payload = Data("{}".utf8)
        let data = Data((SHA256.hash(data: payload).hexString + "\n").utf8) + payload
        let manifest = Data("book-store 1\n\(SHA256.hash(data: data).hexString)  ../evil.json\n".utf8)
        let archive = try Archive(url: evil, accessMode: .create)
        for (path, contents) in [("MANIFEST", manifest), ("../evil.json", data)] {
            let size = Int64(contents.count)
            try archive.addEntry(with: path, type: .file, uncompressedSize: size) { at, size in
                contents.subdata(in: Int(at)..<Int(at) + size)
            }
        }
        let outcome = try BookProcess(root: root).run(["store", "import", "evil.zip"])
        XCTAssertEqual(outcome.status, 65, outcome.errors)
        let expected = "evil.zip: error: the archive holds a path that leaves its folder, '../evil.json'; "
            + "nothing was imported\n  hint: a store archive is made by 'book store export'"
        XCTAssertTrue(outcome.errors.hasPrefix(expected), outcome.errors)
        XCTAssertFalse(outcome.errors.contains("Fatal error"), outcome.errors)
        let cache = root.appendingPathComponent(".book-cache").path
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache), "nothing imported")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("evil.json").path))
    }

    func testAMalformedShareIsAUsageError() throws {
        let root = try fixtureBook("TinyBook", self)
        let wrong = try BookProcess(root: root).run(["build", "--shard", "3/2"])
        XCTAssertEqual(wrong.status, 64, wrong.errors)
        XCTAssertTrue(wrong.errors.contains("error: --shard '3/2' is not a share K/N with 1 ≤ K ≤ N"),
                      wrong.errors)
        let named = try BookProcess(root: root).run(["build", "--shard", "1/2", "01"])
        XCTAssertEqual(named.status, 64, named.errors)
        XCTAssertTrue(named.errors.contains("name no chapter with it"), named.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}
