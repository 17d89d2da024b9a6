import XCTest
@testable import BookKit

/// Command-line mistakes of a new user: a chapter named as `--help` says it may be, and a
/// `book clean --libraries` that would delete another package's build.
final class CommandFailureTests: XCTestCase {
    private func book(_ names: [String]) throws -> Book {
        let root = try temporaryFolder(self)
        let chapters = root.appendingPathComponent(Book.chaptersFolder)
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        for name in names {
            try Data("---\ntitle: T\n---\n".utf8).write(to: chapters.appendingPathComponent(name))
        }
        return try Book.load(root: root)
    }

    func testAChapterIsNamedByItsNumberWithOrWithoutZeroItsSlugOrItsFile() throws {
        let book = try book(["01-intro.md", "02-exercises.md", "12-appendix.md"])
        for name in ["2", "02", "exercises", "02-exercises", "02-exercises.md", "chapters/02-exercises.md"] {
            XCTAssertEqual(try book.chapters(named: [name]).map(\.name), ["02-exercises"], name)
        }
        XCTAssertEqual(try book.chapters(named: ["12", "1"]).map(\.name), ["12-appendix", "01-intro"])
        for wrong in ["3", "-2", "2.0", "exercise", "03-exercises.md", "٢"] {
            XCTAssertThrowsError(try book.chapters(named: [wrong]), wrong) { error in
                XCTAssertEqual((error as? BookError)?.message, "no chapter named '\(wrong)'")
                XCTAssertEqual((error as? BookError)?.hint,
                               "the chapters are: 01-intro, 02-exercises, 12-appendix")
                XCTAssertEqual((error as? BookError)?.exitCode, 64)
            }
        }
    }

    func testCleaningTheLibrariesOfAnotherPackageNeedsForceAndSaysWhy() throws {
        let folder = try temporaryFolder(self)
        let root = folder.appendingPathComponent("book")
        let package = folder.appendingPathComponent("package")
        let libraries = package.appendingPathComponent(".build-cells")
        let cache = root.appendingPathComponent(".book-cache")
        for made in [libraries, cache] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: package),
                                  progress: Progress(quiet: true))
        XCTAssertThrowsError(try builder.clean(includingLibraries: true)) { error in
            let error = error as? BookError
            XCTAssertEqual(error?.location?.path, libraries.path)
            XCTAssertEqual(error?.message, "refusing to delete the libraries' build of another package: "
                + "\(package.path) is not this book, and its other books and its own builds use that "
                + "folder too")
            XCTAssertTrue(error?.hint?.hasPrefix("add --force to delete it anyway") == true)
            XCTAssertEqual(error?.exitCode, 64)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: libraries.path), "nothing deleted")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path), "nothing deleted")

        try builder.clean(includingLibraries: true, force: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: libraries.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path))

        // The book's own package (the root, as in this repository) needs no --force.
        let own = root.appendingPathComponent(".build-cells")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try BookBuilder(workspace: Workspace(bookRoot: root), progress: Progress(quiet: true))
            .clean(includingLibraries: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: own.path))
    }
}
