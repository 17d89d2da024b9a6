import XCTest
@testable import BookKit

/// A damaged cache entry is never trusted: it is a miss, and the chapter runs again. An entry
/// edited by hand is covered end to end by `EndToEndTests.testCorruptCacheEntryIsRebuiltNotTrusted`.
final class CacheFailureTests: XCTestCase {
    private func storedEntry() throws -> (cache: ResultCache, chapter: Chapter, key: CacheKey, file: URL) {
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n")
        let program = ChapterProgram(chapter: chapter)
        let key = CacheKey(program: program, librariesIdentity: "libraries", toolchainVersion: "swift",
                           dataManifests: [], timeLimit: 600)
        let cache = ResultCache(folder: try temporaryFolder(self))
        let result = ChapterResult(status: .succeeded, cells: [], inlineValues: [], exports: [], failure: nil)
        try cache.store(result, for: chapter, key: key, lineMap: program.lineMap)
        XCTAssertEqual(cache.result(for: chapter, key: key, lineMap: program.lineMap), result)
        let files = cache.files(for: chapter, key: key)
        XCTAssertEqual(files.count, 1)
        return (cache, chapter, key, try XCTUnwrap(files.first))
    }

    func testTruncatedEntryIsAMiss() throws {
        let entry = try storedEntry()
        let bytes = try Data(contentsOf: entry.file)
        for length in [0, 10, 64, 65, bytes.count / 2, bytes.count - 1] {
            try bytes.prefix(length).write(to: entry.file)
            XCTAssertFalse(entry.cache.contains(entry.chapter, key: entry.key), "cut at \(length) bytes")
        }
    }

    func testEntryWithOneByteChangedIsAMiss() throws {
        let entry = try storedEntry()
        var bytes = try Data(contentsOf: entry.file)
        let last = bytes.index(before: bytes.index(before: bytes.endIndex))
        bytes[last] = bytes[last] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try bytes.write(to: entry.file)
        XCTAssertFalse(entry.cache.contains(entry.chapter, key: entry.key))
    }

    func testEntryStoredUnderAnotherKeyIsAMiss() throws {
        let entry = try storedEntry()
        let other = CacheKey(program: ChapterProgram(chapter: entry.chapter), librariesIdentity: "other",
                             toolchainVersion: "swift", dataManifests: [], timeLimit: 600)
        XCTAssertFalse(entry.cache.contains(entry.chapter, key: other))
    }
}
