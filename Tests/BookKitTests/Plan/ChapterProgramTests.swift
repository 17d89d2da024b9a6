import XCTest
@testable import BookKit

final class ChapterProgramTests: XCTestCase {
    private let original = """
    ---
    title: "T"
    ---
    Some prose about {{ x }}.

    ```swift
    import L2Lab
    let x = 2.0
    ```
    """

    private func key(_ text: String) throws -> CacheKey {
        let program = ChapterProgram(chapter: try parseChapter(text))
        return CacheKey(program: program, librariesIdentity: "libs", toolchainVersion: "swift",
                        dataManifests: [], timeLimit: 600)
    }

    func testProseEditKeepsCacheKey() throws {
        let edited = original.replacingOccurrences(of: "Some prose", with: "Other words, longer,")
        XCTAssertEqual(try key(original), try key(edited))
    }

    func testCellEditChangesCacheKey() throws {
        let edited = original.replacingOccurrences(of: "let x = 2.0", with: "let x = 3.0")
        XCTAssertNotEqual(try key(original), try key(edited))
    }

    func testInlineValueEditChangesCacheKey() throws {
        let edited = original.replacingOccurrences(of: "{{ x }}", with: "{{ x * 2 }}")
        XCTAssertNotEqual(try key(original), try key(edited))
    }

    func testProgramPointsEveryCellAtItsMarkdownLine() throws {
        let source = ChapterProgram(chapter: try parseChapter(original)).source
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.prefix(2), ["import Notebook", "import L2Lab"])
        let directive = "#sourceLocation(file: \"chapters/01-test.md\", line: 7)"
        let start = try XCTUnwrap(lines.firstIndex { $0 == directive })
        XCTAssertEqual(lines[start + 1], "", "the hoisted import leaves its line empty")
        XCTAssertEqual(lines[start + 2], "let x = 2.0")
        XCTAssertTrue(source.contains("#sourceLocation(file: \"chapters/01-test.md\", line: 4)\n"
            + String(repeating: " ", count: 20) + "x\n"))
    }
}
