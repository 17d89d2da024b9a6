import Foundation
import XCTest
@testable import BookKit

/// The repository's root, which defines the Notebook and L2Lab libraries.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("booktest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// A copy of the fixture book `name` in a temporary folder.
func fixtureBook(_ name: String, _ test: XCTestCase) throws -> URL {
    let source = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    let root = try temporaryFolder(test).appendingPathComponent(name)
    try FileManager.default.copyItem(at: source, to: root)
    return root
}

/// Every file under `folder`, hidden ones included, by path relative to it.
func allFiles(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
    for case let url as URL in enumerator {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
        else { continue }
        files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
    }
    return files
}

/// Builds the book at `root` into its `output/` (with the store of memoized values, or
/// without) and returns the first chapter's outcome.
func buildBook(_ root: URL, memo: Bool = true) throws -> ChapterOutcome {
    var builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                              progress: Progress(quiet: true))
    builder.useMemoStore = memo
    let book = try Book.load(root: root)
    let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
    return try builder.build(book, chapters: [], output: output, useCache: true, jobs: 1)[0]
}

/// The files at the top of the book at `root`'s `output/`, by name.
func siteFiles(_ root: URL) throws -> [String: Data] {
    let output = root.appendingPathComponent("output")
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
        files[name] = try Data(contentsOf: output.appendingPathComponent(name))
    }
    return files
}

/// Parses `text` as chapter 1 (`chapters/01-test.md`).
func parseChapter(_ text: String) throws -> Chapter {
    try ChapterParser.parse(text, number: 1, slug: "test", path: "chapters/01-test.md")
}

/// Asserts that `body` throws a `BookError` at `line` whose message contains `fragment`.
func assertBookError(line: Int, containing fragment: String, file: StaticString = #filePath,
                     testLine: UInt = #line, _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("expected an error at line \(line)", file: file, line: testLine)
    } catch let error as BookError {
        XCTAssertEqual(error.location?.line, line, "\(error)", file: file, line: testLine)
        XCTAssertTrue(error.message.contains(fragment), "\(error)", file: file, line: testLine)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: testLine)
    }
}

/// The folder of the last run of chapter `name` (`.book-cache/work/NAME/run-XXXXXX`).
func lastRunFolder(_ root: URL, _ name: String) throws -> URL {
    let folder = root.appendingPathComponent(".book-cache/work/\(name)")
    let runs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasPrefix("run-") }
    XCTAssertEqual(runs.count, 1, "one run folder per chapter")
    return folder.appendingPathComponent(runs.first ?? "run-missing")
}
