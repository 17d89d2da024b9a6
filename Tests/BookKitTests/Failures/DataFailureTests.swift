import XCTest
@testable import BookKit

/// A chapter that reads a corpus which was never fetched stops the build before anything is
/// compiled, naming the chapter and the command to run. Damaged corpora are covered where
/// they are detected: `DataStoreTests` (wrong wheel checksum, truncated or changed files,
/// missing corpus) and, for the loaders cells call, `ChitChatLoaderTests` and
/// `ACLSumLoaderTests` (missing file, truncated JSON, JSON of the wrong shape).
final class DataFailureTests: XCTestCase {
    func testChapterReadingAMissingCorpusNamesTheChapterAndTheFetchCommand() throws {
        let root = try temporaryFolder(self)
        let chapters = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        try Data("---\ntitle: T\ndata: [aclsum]\n---\n\n```swift\nprint(1)\n```\n".utf8)
            .write(to: chapters.appendingPathComponent("01-reads.md"))
        let emptyData = root.appendingPathComponent("no-data")
        let builder = BookBuilder(
            workspace: Workspace(bookRoot: root, packageRoot: packageRoot, dataFolder: emptyData),
            progress: Progress(quiet: true)
        )
        let book = try Book.load(root: root)
        XCTAssertThrowsError(try builder.execute(book.chapters, in: book, useCache: true, jobs: 1)) { error in
            let error = error as? BookError
            XCTAssertEqual(error?.location?.description, "chapters/01-reads.md:3:1", "the corpus's line")
            XCTAssertEqual(error?.message,
                           "this chapter reads the corpus 'aclsum', which is not in \(emptyData.path)")
            XCTAssertEqual(error?.hint, "run 'book data fetch' first")
            XCTAssertEqual(error?.exitCode, 65)
        }
        let work = root.appendingPathComponent(".book-cache/work")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path), "nothing was compiled")
    }

    func testAnUnknownCorpusListsTheCorporaThereAre() throws {
        let root = try temporaryFolder(self)
        let chapters = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        try Data("---\ntitle: T\ndata:\n  - chitchat\n  - aclsumm\n---\n".utf8)
            .write(to: chapters.appendingPathComponent("01-reads.md"))
        let data = root.appendingPathComponent("data")
        for corpus in ["chitchat", "course-notes"] {
            let folder = data.appendingPathComponent(corpus)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("files\n".utf8).write(to: folder.appendingPathComponent("MANIFEST"))
        }
        let workspace = Workspace(bookRoot: root, packageRoot: packageRoot, dataFolder: data)
        let builder = BookBuilder(workspace: workspace, progress: Progress(quiet: true))
        let book = try Book.load(root: root)
        XCTAssertThrowsError(try builder.execute(book.chapters, in: book, useCache: true, jobs: 1)) { error in
            let error = error as? BookError
            XCTAssertEqual(error?.location?.description, "chapters/01-reads.md:5:1", "the line of the name")
            XCTAssertEqual(error?.message,
                           "this chapter reads the corpus 'aclsumm', which the book does not know")
            XCTAssertEqual(error?.hint, "the corpora are: aclsum, chitchat, course-notes")
            XCTAssertEqual(error?.exitCode, 65)
        }
    }
}
