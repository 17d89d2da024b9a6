import XCTest
@testable import BookKit

/// `student-copy.zip` in the teacher's site: the same bytes as a fresh archive of the copy,
/// whether they come from the kept archive or not; kept while nothing it is made of changes,
/// made again when one file does (even with its old size and time), or when the kept one is gone.
final class SiteArchiveTests: XCTestCase {
    private func book() throws -> (root: URL, cache: ArchiveCache) {
        let root = try fixtureBook("ExerciseBook", self)
        let tools = root.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: tools.appendingPathComponent("run"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755],
                                              ofItemAtPath: tools.appendingPathComponent("run").path)
        try Data("*.log\n".utf8).write(to: root.appendingPathComponent(".gitignore"))
        return (root, ArchiveCache(folder: root.appendingPathComponent(".book-cache/archives")))
    }

    private func fresh(_ root: URL) throws -> Data {
        try StudentCopy.archive(bookRoot: root, named: "student-copy").data
    }

    /// The inode of the one kept archive: a new entry is renamed into place, with a new inode.
    private func keptEntry(_ cache: ArchiveCache) throws -> UInt64? {
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path)
        XCTAssertEqual(names.count, 1, "\(names)")
        return names.first.flatMap { FileStatus(path: cache.folder.appendingPathComponent($0).path)?.inode }
    }

    func testTheKeptArchiveIsUsedUntilAFileChanges() throws {
        let (root, cache) = try book()
        let first = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        XCTAssertEqual(first, try fresh(root))
        let entry = try keptEntry(cache)

        // Nothing changed: the kept bytes, and the entry is not written again.
        XCTAssertEqual(try StudentCopy.siteArchive(bookRoot: root, cache: cache), first)
        XCTAssertEqual(try keptEntry(cache), entry)

        // One byte of a file, with its size and modification time as they were.
        let run = root.appendingPathComponent("tools/run")
        let time = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: run.path)[.modificationDate] as? Date)
        try Data("#!/bin/zh\n".utf8).write(to: run)
        try FileManager.default.setAttributes([.modificationDate: time, .posixPermissions: 0o755],
                                              ofItemAtPath: run.path)
        let edited = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        XCTAssertNotEqual(edited, first)
        XCTAssertEqual(edited, try fresh(root))
        XCTAssertNotEqual(try keptEntry(cache), entry)

        // Its executable bit.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: run.path)
        let plain = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        XCTAssertNotEqual(plain, edited)
        XCTAssertEqual(plain, try fresh(root))

        // A chapter's text: the copy holds its student's edition.
        let chapter = root.appendingPathComponent("chapters/02-more.md")
        try (try String(contentsOf: chapter, encoding: .utf8) + "\nOne more line.\n")
            .write(to: chapter, atomically: true, encoding: .utf8)
        let longer = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        XCTAssertNotEqual(longer, plain)
        XCTAssertEqual(longer, try fresh(root))

        // A new file; then one that the book's .gitignore leaves out and one in a hidden
        // folder, which change nothing.
        try Data("notes\n".utf8).write(to: root.appendingPathComponent("tools/NOTES"))
        let more = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        XCTAssertNotEqual(more, longer)
        try Data("log\n".utf8).write(to: root.appendingPathComponent("tools/run.log"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".build"),
                                                withIntermediateDirectories: true)
        try Data("object".utf8).write(to: root.appendingPathComponent(".build/x.o"))
        let kept = try keptEntry(cache)
        XCTAssertEqual(try StudentCopy.siteArchive(bookRoot: root, cache: cache), more)
        XCTAssertEqual(try keptEntry(cache), kept)
    }

    func testAMissingOrDamagedKeptArchiveIsMadeAgainIdentically() throws {
        let (root, cache) = try book()
        let first = try StudentCopy.siteArchive(bookRoot: root, cache: cache)
        try FileManager.default.removeItem(at: cache.folder)
        XCTAssertEqual(try StudentCopy.siteArchive(bookRoot: root, cache: cache), first)
        XCTAssertNotNil(try keptEntry(cache))

        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).first)
        let file = cache.folder.appendingPathComponent(name)
        try Data(try Data(contentsOf: file).dropLast(10)).write(to: file)
        XCTAssertEqual(try StudentCopy.siteArchive(bookRoot: root, cache: cache), first)
        XCTAssertEqual(try StudentCopy.siteArchive(bookRoot: root, cache: nil), first)
    }
}
