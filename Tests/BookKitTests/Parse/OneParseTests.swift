import XCTest
@testable import BookKit

/// cmark parses each chapter once, in either edition: the scans before the parse find code with
/// `CodeBlockScanner`, and callout titles are parsed with the chapter.
final class OneParseTests: XCTestCase {
    private func parses(_ body: () throws -> Void) rethrows -> Int {
        let before = Cmark.parseCount.withLock { $0 }
        try body()
        return Cmark.parseCount.withLock { $0 } - before
    }

    func testEveryChapterIsParsedOnceInEachEdition() throws {
        let folder = packageRoot.appendingPathComponent("chapters")
        let bibliography = try Bibliography(
            String(contentsOf: folder.appendingPathComponent("references.bib"), encoding: .utf8),
            path: "chapters/references.bib")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 6)
        var titles = 0
        for (offset, name) in names.enumerated() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for edition in Edition.allCases {
                var chapter: Chapter?
                let count = try parses {
                    chapter = try ChapterParser.parse(text, number: offset + 1, slug: name, path: name,
                                                      bibliography: bibliography, edition: edition)
                }
                XCTAssertEqual(count, 1, "\(name), \(edition)")
                if edition == .teacher { titles += chapter?.callouts.filter { $0.title != nil }.count ?? 0 }
            }
        }
        // The chapters have titled callouts, which used to cost a parse each.
        XCTAssertGreaterThanOrEqual(titles, 20)
    }

    func testAStudentsChapterWithEveryScanIsParsedOnce() throws {
        let text = """
        ---
        title: T
        ---

        Math $x^2$ and a note[^a].

        [^a]: The note.

        | a | b |
        |---|---|
        | 1 | 2 |

        ::: {.exercise label="e" title="An *exercise*"}
        ```swift starter
        let a = 1
        ```

        ```swift solution
        let a = 2
        ```

        ::: {.solution}
        Because.
        :::
        :::
        """
        var chapter: Chapter?
        XCTAssertEqual(try parses {
            chapter = try ChapterParser.parse(text, number: 1, slug: "t", path: "t.md", edition: .student)
        }, 1)
        XCTAssertEqual(chapter?.cells.map(\.mode), [.starter])
        XCTAssertEqual(chapter?.formulas.count, 1)
        XCTAssertEqual(chapter?.proseTables.count, 1)
        XCTAssertEqual(chapter?.callouts.map(\.kind), [.exercise])
        XCTAssertEqual(DocumentRenderer().inlineHTML(chapter?.callouts.first?.titleBlocks ?? []).text,
                       "An <em>exercise</em>")
    }

    /// A title is prose of the chapter, as a heading that is a title is: an inline value and a
    /// formula in it become nodes, at the line of its fence, and the page shows the value.
    func testACalloutTitleIsProseOfTheChapter() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\nText.\n\n"
            + "::: {.note title=\"With {{ 1 + 1 }} and $x^2$\"}\nB.\n:::\n")
        XCTAssertEqual(chapter.inlineValues.map(\.expression), ["1 + 1"])
        XCTAssertEqual(chapter.inlineValues.map(\.line), [7])
        XCTAssertEqual(chapter.formulas.count, 1)
        guard case let .paragraph(inlines, line)? = chapter.callouts.first?.titleBlocks.first else {
            return XCTFail("no title")
        }
        XCTAssertEqual(line, 7)
        XCTAssertEqual(inlines.filter { if case .value = $0 { true } else { false } }.count, 1)
        XCTAssertEqual(inlines.filter { if case .math = $0 { true } else { false } }.count, 1)
        XCTAssertEqual(chapter.headings.count, 0)
        XCTAssertTrue(proseHTML(chapter, values: ["2"]).contains(
            "<p class=\"callout-title\">With <span class=\"value\">2</span> and <math"), proseHTML(chapter))
    }

    /// A title reads as it did when cmark parsed it as a document of its own.
    func testCalloutTitlesReadAsInADocumentOfTheirOwn() throws {
        let titles = ["What the article claimed", "Choose λ on held-out points", "The `code` *is* wrong",
                      "Ends with #", "C#", "Trailing backslash\\", "  spaced  ", "[a link](https://x.org)",
                      "a <b>tag</b>", "Ends with ##", "x \\#", "&amp; and &copy;", "", "**strong**_x_"]
        let renderer = DocumentRenderer()
        for title in titles {
            let chapter = try parseChapter("---\ntitle: T\n---\n\n::: {.note title=\"\(title)\"}\nB.\n:::\n")
            let expected = renderer.inlineHTML(Cmark.document(of: title)).text
            XCTAssertEqual(renderer.inlineHTML(chapter.callouts[0].titleBlocks).text, expected, title)
            XCTAssertEqual(chapter.headings.count, 0, title)
        }
    }
}
