import XCTest
@testable import BookKit

/// When every `memo` value is stored, an edit after the last `memo` cell compiles only the
/// cells after it (`ProgramSplit`), against the prefix compiled once; the site's bytes are those
/// of the whole program, and whatever the split cannot build falls back to the whole program.
final class SplitProgramBuildTests: XCTestCase {
    static let chapter = """
        ---
        title: Split
        ---

        The mean is {{ mean }}.

        ```swift
        import L2Lab
        struct Point: Codable { var x: Double }
        let points = memo("points") { (1...200).map { Point(x: Elementary.exp(Double($0) / 100)) } }
        let unit = "seconds"
        ```

        ```swift
        let mean = points.map(\\.x).reduce(0, +) / Double(points.count)
        print(mean.bitPattern, String(reflecting: Point.self))
        show(Table(columns: ["n", "x"], rows: points.prefix(3).enumerated().map { ["\\($0.offset)", "\\($0.element.x)"] }))
        check(mean > 2, "the mean is above 2")
        ```

        """

    private var root: URL!
    private var chapterFile: URL { root.appendingPathComponent("chapters/01-split.md") }

    override func setUpWithError() throws {
        root = try temporaryFolder(self).appendingPathComponent("book")
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: Split\n".write(to: folder.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        try Self.chapter.write(to: chapterFile, atomically: true, encoding: .utf8)
    }

    /// The kept files of `kind` in the program cache: `swiftmodule`, the prefixes of cut
    /// programs; `so`, their suffixes.
    private func kept(_ kind: String) -> [String] {
        let folder = root.appendingPathComponent(".book-cache/programs").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix("." + kind) }.sorted()
    }

    /// Adds `line` at the end of the last cell.
    private func appendToLastCell(_ line: String) throws {
        var text = try String(contentsOf: chapterFile, encoding: .utf8)
        let end = try XCTUnwrap(text.range(of: "```\n", options: .backwards))
        text.insert(contentsOf: line + "\n", at: end.lowerBound)
        try text.write(to: chapterFile, atomically: true, encoding: .utf8)
    }

    func testEditsAfterTheLastMemoCompileOnlyTheSuffixAndGiveTheWholeProgramsBytes() throws {
        XCTAssertEqual(try buildBook(root).result.memos.map(\.loaded), [false])
        XCTAssertEqual(kept("swiftmodule"), [], "a computed value: the whole program, optimized")

        try appendToLastCell("print(\"first edit\")")
        let first = try buildBook(root)
        XCTAssertEqual(first.result.status, .succeeded, "\(String(describing: first.result.failure))")
        XCTAssertEqual(first.result.memos.map(\.loaded), [true])
        let prefix = kept("swiftmodule")
        XCTAssertEqual(prefix.count, 1, "the prefix is compiled once and kept")
        XCTAssertTrue(first.result.cells[1].stdout.contains("ChapterProgram.Point"),
                      "the prefix's types keep the program's module name")

        try appendToLastCell("print(\"second edit\")")
        let second = try buildBook(root)
        XCTAssertEqual(second.result.status, .succeeded)
        XCTAssertEqual(kept("swiftmodule"), prefix, "the second edit reuses the prefix")
        XCTAssertEqual(kept("so").count, 2, "a suffix for each edit")
        XCTAssertTrue(second.result.cells[1].stdout.hasSuffix("first edit\nsecond edit\n"), second.result.cells[1].stdout)
        let split = try siteFiles(root)

        // The same chapter computed from scratch by the whole optimized program.
        let cache = root.appendingPathComponent(".book-cache")
        for folder in ["results", "memo", "programs"] {
            try FileManager.default.removeItem(at: cache.appendingPathComponent(folder))
        }
        XCTAssertEqual(try buildBook(root).result.memos.map(\.loaded), [false])
        XCTAssertEqual(kept("swiftmodule"), [])
        XCTAssertEqual(try siteFiles(root), split)
    }

    func testASuffixIsNotReusedAgainstAnotherPrefix() throws {
        _ = try buildBook(root)
        try appendToLastCell("print(unit)")
        let seconds = try buildBook(root)
        XCTAssertEqual(seconds.result.memos.map(\.loaded), [true])
        XCTAssertTrue(seconds.result.cells[1].stdout.hasSuffix("seconds\n"))
        // The same suffix text; the prefix's constant, after the memo call, changes type and
        // keeps the value stored.
        var text = try String(contentsOf: chapterFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "let unit = \"seconds\"", with: "let unit = 60")
        try text.write(to: chapterFile, atomically: true, encoding: .utf8)
        let sixty = try buildBook(root)
        XCTAssertEqual(sixty.result.status, .succeeded, "\(String(describing: sixty.result.failure))")
        XCTAssertEqual(sixty.result.memos.map(\.loaded), [true], "the value is still stored: the cut program ran")
        XCTAssertTrue(sixty.result.cells[1].stdout.hasSuffix("\n60\n"), sixty.result.cells[1].stdout)
        XCTAssertEqual(kept("swiftmodule").count, 2)
        XCTAssertEqual(kept("so").count, 2, "the suffix compiled again, against the new prefix")
    }

    func testARedeclarationInTheLastCellIsTheWholeProgramsCompileError() throws {
        _ = try buildBook(root)
        try appendToLastCell("let unit = 3")
        let outcome = try buildBook(root)
        XCTAssertEqual(outcome.result.status, .compileFailed,
                       "two modules would let the suffix shadow `unit`; one program rejects it")
        XCTAssertEqual(outcome.result.failure?.location.line, 19)
        XCTAssertTrue(outcome.result.failure?.message.contains("redeclaration") ?? false,
                      "\(String(describing: outcome.result.failure))")
    }

    func testATrapInTheSuffixIsReportedByTheWholeProgramAtItsLine() throws {
        _ = try buildBook(root)
        try appendToLastCell("let few = [1, 2]\nprint(few[points.count])")
        let outcome = try buildBook(root)
        XCTAssertEqual(outcome.result.status, .crashed)
        XCTAssertEqual(outcome.result.failure?.location.line, 20)
        XCTAssertEqual(kept("swiftmodule").count, 1, "the split was tried first")
    }
}
