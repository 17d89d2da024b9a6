import XCTest
@testable import BookKit

/// The kept `student-copy.zip`: given back only under its own key and only whole, one at a time.
final class ArchiveCacheTests: XCTestCase {
    private let zip = Data("PK\u{3}\u{4} stored bytes\n with a newline".utf8)

    func testAKeptArchiveComesBackUnderItsKeyOnly() throws {
        let cache = ArchiveCache(folder: try temporaryFolder(self).appendingPathComponent("archives"))
        XCTAssertNil(cache.archive(forKey: "one"))
        cache.keep(zip, forKey: "one")
        XCTAssertEqual(cache.archive(forKey: "one"), zip)
        XCTAssertNil(cache.archive(forKey: "two"))
    }

    func testKeepingAnotherArchiveReplacesTheFirst() throws {
        let cache = ArchiveCache(folder: try temporaryFolder(self).appendingPathComponent("archives"))
        cache.keep(zip, forKey: "one")
        try Data("left by a killed build".utf8).write(to: cache.folder.appendingPathComponent(".one.99.partial"))
        cache.keep(zip + Data("2".utf8), forKey: "two")
        XCTAssertNil(cache.archive(forKey: "one"))
        XCTAssertEqual(cache.archive(forKey: "two"), zip + Data("2".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path), ["two.zip"])
    }

    func testATruncatedOrEditedEntryIsAMiss() throws {
        let cache = ArchiveCache(folder: try temporaryFolder(self).appendingPathComponent("archives"))
        cache.keep(zip, forKey: "one")
        let file = cache.folder.appendingPathComponent("one.zip")
        let entry = try Data(contentsOf: file)
        try entry.dropLast().write(to: file)
        XCTAssertNil(cache.archive(forKey: "one"))
        var edited = entry
        edited[edited.count - 1] ^= 1
        try edited.write(to: file)
        XCTAssertNil(cache.archive(forKey: "one"))
        try entry.write(to: file)
        XCTAssertEqual(cache.archive(forKey: "one"), zip)
    }
}
