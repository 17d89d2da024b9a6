import XCTest
@testable import BookKit

/// Mistakes in chapter files and book settings: each is reported at its file and line with
/// what to do, as an input error (exit code 65), before anything is compiled or written.
/// Unknown cell options, unclosed `{{` and most front-matter mistakes are covered in
/// `ChapterParserTests`.
final class MarkdownFailureTests: XCTestCase {
    /// A book folder whose `chapters/` holds `files` (name to contents).
    private func book(_ files: [String: Data]) throws -> URL {
        let root = try temporaryFolder(self)
        let chapters = root.appendingPathComponent(Book.chaptersFolder)
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: chapters.appendingPathComponent(name))
        }
        return root
    }

    private func assertLoadFails(_ root: URL, at place: String, containing fragment: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Book.load(root: root), file: file, line: line) { error in
            guard let error = error as? BookError else {
                return XCTFail("not a BookError: \(error)", file: file, line: line)
            }
            XCTAssertEqual(error.location?.description, place, "\(error)", file: file, line: line)
            XCTAssertTrue(error.message.contains(fragment), "\(error)", file: file, line: line)
            XCTAssertEqual(error.exitCode, 65, "\(error)", file: file, line: line)
        }
    }

    private let titleOnly = Data("---\ntitle: T\n---\n".utf8)

    func testUnclosedCodeFenceIsReportedAtItsOpeningLine() {
        assertBookError(line: 7, containing: "never closed") {
            _ = try parseChapter("---\ntitle: T\n---\n\nText.\n\n```swift\nlet a = 1\n\nProse, now code.\n")
        }
        assertBookError(line: 5, containing: "never closed") {
            _ = try parseChapter("---\ntitle: T\n---\n\n~~~\n")
        }
        assertBookError(line: 5, containing: "never closed") {
            _ = try parseChapter("---\ntitle: T\n---\n\n````swift\nlet a = 1\n```\n")
        }
        // Indented by four spaces, a fence is code, not the end of the block (as cmark reads it).
        assertBookError(line: 5, containing: "never closed") {
            _ = try parseChapter("---\ntitle: T\n---\n\n```swift\nlet a = 1\n    ```\n\nProse.\n")
        }
    }

    func testClosedFencesInContainersAndIndentedCodeAreAccepted() throws {
        let chapter = try parseChapter("""
            ---
            title: T
            ---

            - item

              ~~~~ python
              code
              ~~~~~

            > ```
            > quoted
            > ```

                indented ```

            ```swift
            let a = 1
            ````

            \t```
            \tindented after a tab
            """)
        XCTAssertEqual(chapter.cells.map(\.code), ["let a = 1\n"])
    }

    func testEmptyChapterFileAsksForFrontMatter() throws {
        let root = try book(["01-empty.md": Data()])
        assertLoadFails(root, at: "chapters/01-empty.md:1:1", containing: "must start with front matter")
    }

    func testChapterThatIsNotUTF8NamesTheFirstBadLine() throws {
        let latin1 = Data("---\ntitle: T\n---\n\nfine\ncaf".utf8) + Data([0xE9, 0x0A])
        let root = try book(["01-latin.md": latin1])
        assertLoadFails(root, at: "chapters/01-latin.md:6:1", containing: "not valid UTF-8")
    }

    func testTwoChaptersWithOneNumberOrOneSlugAreRefused() throws {
        let sameNumber = try book(["01-a.md": titleOnly, "01-b.md": titleOnly])
        assertLoadFails(sameNumber, at: "chapters/01-b.md:1:1", containing: "already used by chapters/01-a")
        let sameSlug = try book(["01-a.md": titleOnly, "02-a.md": titleOnly])
        assertLoadFails(sameSlug, at: "chapters/02-a.md:1:1", containing: "already used by chapters/01-a")
    }

    func testEveryBrokenChapterIsReportedInOnePass() throws {
        let root = try book([
            "01-a.md": Data("---\ntitle: T\n---\n\n```swift\nlet a = 1\n".utf8),
            "02-b.md": titleOnly,
            "03-c.md": Data(),
        ])
        assertLoadFails(root, at: "chapters/01-a.md:5:1", containing: "never closed")
        XCTAssertThrowsError(try Book.load(root: root)) { error in
            let lines = "\(error)".split(separator: "\n").filter { $0.contains(": error: ") }
            XCTAssertEqual(lines.count, 2, "\(error)")
            XCTAssertTrue(lines.first?.hasPrefix("chapters/01-a.md:5:1: error: ") ?? false, "\(error)")
            XCTAssertTrue(lines.last?.hasPrefix("chapters/03-c.md:1:1: error: a chapter must start with front matter")
                ?? false, "\(error)")
        }
    }

    func testChapterLinkedFromOutsideTheChaptersFolderIsRefused() throws {
        let root = try book([:])
        let outside = root.appendingPathComponent("outside.md")
        try titleOnly.write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("chapters/01-linked.md"), withDestinationURL: outside
        )
        assertLoadFails(root, at: "chapters/01-linked.md", containing: "link to a file outside 'chapters/'")
        XCTAssertEqual(try Data(contentsOf: outside), titleOnly, "the linked file is untouched")
    }

    func testChapterLinkThatPointsNowhereSaysWhatToCheck() throws {
        let root = try book([:])
        let link = root.appendingPathComponent("chapters/01-gone.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "00-moved.md")
        XCTAssertThrowsError(try Book.load(root: root)) { error in
            XCTAssertEqual((error as? BookError)?.location?.description, "chapters/01-gone.md")
            XCTAssertEqual((error as? BookError)?.exitCode, 74)
            XCTAssertTrue("\(error)".contains("cannot read this file\n  hint: check that it exists"),
                          "\(error)")
        }
    }

    func testFrontMatterValueOfTheWrongTypeNamesItsLine() {
        assertBookError(line: 3, containing: "'title' must be a string") {
            _ = try parseChapter("---\nsection: \"2\"\ntitle: [a, b]\n---\n")
        }
        assertBookError(line: 2, containing: "'data' must be a list of corpus names") {
            _ = try parseChapter("---\ndata: aclsum\ntitle: T\n---\n")
        }
    }

    func testBookSettingsMistakesNameTheirLine() throws {
        let wrongType = try book(["book.yml": Data("title: T\nallow-raw-html: maybe\n".utf8)])
        assertLoadFails(wrongType, at: "chapters/book.yml:2:1", containing: "must be true or false")
        let unknown = try book(["book.yml": Data("colour: red\n".utf8)])
        assertLoadFails(unknown, at: "chapters/book.yml:1:1", containing: "unknown book setting 'colour'")
    }

    func testRawHTMLIsKeptOnlyWhenTheBookAllowsIt() throws {
        let chapter = Data("---\ntitle: T\n---\n\nText <b>bold</b>.\n\n<div class=\"note\">Note</div>\n".utf8)
        let allowed = try Book.load(root: try book([
            "book.yml": Data("allow-raw-html: true\n".utf8), "01-a.md": chapter,
        ]))
        XCTAssertTrue(allowed.settings.allowRawHTML)
        XCTAssertTrue(proseHTML(allowed.chapters[0]).contains("<b>bold</b>"))
        XCTAssertTrue(proseHTML(allowed.chapters[0]).contains("<div class=\"note\">Note</div>"))
        let safe = try Book.load(root: try book(["01-a.md": chapter]))
        XCTAssertFalse(proseHTML(safe.chapters[0]).contains("<b>"))
        XCTAssertFalse(proseHTML(safe.chapters[0]).contains("<div"))
    }
}
