import BookKit
import Foundation
import XCTest

/// The repository, which is both the book and the package of its libraries.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Runs one chapter of the real book through the engine (from the cache when it is current)
/// and returns what it produced, after asserting that it ran to its end and every check held.
func runChapter(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ChapterResult {
    let book = try Book.load(root: repositoryRoot)
    let chapters = try book.chapters(named: [name])
    let builder = BookBuilder(workspace: Workspace(bookRoot: repositoryRoot), progress: Progress(quiet: true))
    let outcome = try XCTUnwrap(try builder.execute(chapters, in: book, useCache: true, jobs: 1).first)
    let result = outcome.result
    XCTAssertNil(result.failure, "\(result.failure.map { "\($0.location): \($0.message)" } ?? "")",
                 file: file, line: line)
    // An exercise's tests that ran against its starter code are the student's to pass.
    for check in outcome.failedChecks {
        XCTFail("\(outcome.chapter.path):\(check.line): check failed: \(check.claim)", file: file, line: line)
    }
    XCTAssertFalse(result.checks.isEmpty, "the chapter makes no checked claim", file: file, line: line)
    return result
}

extension ChapterResult {
    /// The exported value `name` as a number.
    func number(_ name: String) throws -> Double {
        let value = try XCTUnwrap(exports.first { $0.name == name }, "no export named \(name)")
        return try XCTUnwrap(Double(value.json), "\(name) is not a number: \(value.json)")
    }
}
