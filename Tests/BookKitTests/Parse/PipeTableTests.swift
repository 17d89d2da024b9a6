import XCTest
@testable import BookKit

/// GFM pipe tables in prose: the specification's examples, cells with inline Markdown and
/// values, captions, labels and numbering among the tables cells make.
final class PipeTableTests: XCTestCase {
    private let frontMatter = "---\ntitle: T\n---\n"

    /// The body HTML of a chapter whose prose is `markdown`, with the table's figure wrapper
    /// removed and `style="text-align: x"` written back as the specification's `align="x"`.
    private func specHTML(_ markdown: String) throws -> String {
        var html = try proseHTML(parseChapter(frontMatter + markdown))
        html = html.replacingOccurrences(of: "<figure class=\"table\">\n", with: "")
        html = html.replacingOccurrences(of: "</figure>\n", with: "")
        for side in ["left", "center", "right"] {
            html = html.replacingOccurrences(of: "style=\"text-align: \(side)\"", with: "align=\"\(side)\"")
        }
        return html
    }

    func testEveryTableExampleOfTheGFMSpecificationMatches() throws {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("GFMSpec/tables.txt")
        let spec = try String(contentsOf: url, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [(markdown: String, html: String)] = []
        var lines = spec.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let start = lines.firstIndex(where: { $0.hasPrefix(fence + " example table") }) {
            lines = lines[(start + 1)...]
            let dot = lines.firstIndex(of: ".")!
            let end = lines.firstIndex(of: Substring(fence))!
            let markdown = lines[..<dot].joined(separator: "\n") + "\n"
            let html = lines[(dot + 1)..<end].joined(separator: "\n") + "\n"
            examples.append((markdown, html))
            lines = lines[(end + 1)...]
        }
        XCTAssertEqual(examples.count, 8)
        for (number, example) in examples.enumerated() {
            XCTAssertEqual(try specHTML(example.markdown), example.html, "example \(number + 1)")
        }
    }

    func testCellsHoldInlineMarkdownValuesAndReferences() throws {
        let chapter = try parseChapter(frontMatter + """

        | λ | loss |
        |:--|---:|
        | `0.1` | {{ loss }} |
        | *none* | see @tbl:grid |
        """)
        XCTAssertEqual(chapter.inlineValues.map(\.expression), ["loss"])
        XCTAssertEqual(chapter.inlineValues.map(\.line), [7])
        XCTAssertEqual(chapter.references.map(\.label), ["grid"])
        XCTAssertEqual(chapter.proseTables.map(\.alignments), [[.left, .right]])
        let page = renderedPage(chapter, result: succeededRun(chapter, values: ["0.25"]))
        XCTAssertTrue(page.contains("<td style=\"text-align: left\"><code>0.1</code></td>\n"
            + "<td style=\"text-align: right\"><span class=\"value\">0.25</span></td>"), page)
        XCTAssertTrue(page.contains("<td style=\"text-align: left\"><em>none</em></td>"))
        XCTAssertTrue(page.contains("<figure class=\"table\">\n<table>\n<thead>"))
    }

    func testCaptionNumbersTheTableAmongTheTablesCellsMake() throws {
        let chapter = try parseChapter(frontMatter + """

        As @tbl:plan shows, the cell below follows it.

        | step | what |
        | --- | --- |
        | 1 | fit |

        Table: The *plan* of the chapter. {#tbl:plan}

        ```swift
        show(grid)
        ```

        | plain | table |
        | --- | --- |
        """)
        XCTAssertEqual(chapter.proseTables.map(\.hasCaption), [true, false])
        XCTAssertEqual(chapter.proseTables.map(\.label), ["plan", nil])
        let grid = RichOutput.table(
            TableOutput(caption: "Grid.", label: "grid", columns: ["a"], rows: [["1"]]))
        let run = succeededRun(chapter, items: [0: [grid]])
        let index = FigureIndex(chapter: chapter, result: run)
        XCTAssertEqual(index.entries.map(\.number), ["Table 1.1", "Table 1.2"])
        XCTAssertEqual(index.entries.map(\.anchor), ["tbl-plan", "tbl-grid"])
        XCTAssertNoThrow(try index.validate(chapter, ranToEnd: true))
        let page = renderedPage(chapter, result: run)
        XCTAssertTrue(page.contains("As <a class=\"xref\" href=\"#tbl-plan\">Table 1.1</a> shows"))
        XCTAssertTrue(page.contains("<figure class=\"table\" id=\"tbl-plan\">\n<table>"))
        XCTAssertTrue(page.contains("<figcaption><span class=\"label\">Table 1.1.</span> The <em>plan</em> "
            + "of the chapter.</figcaption>\n</figure>"), page)
        XCTAssertTrue(page.contains("<span class=\"label\">Table 1.2.</span> Grid."))
        XCTAssertFalse(page.contains("Table:"))
    }

    func testTableInterruptsAParagraphAndEndsAtAnotherBlock() throws {
        let chapter = try parseChapter(frontMatter + """

        Text before.
        | a | b |
        | - | - |
        | 1 | 2 |
        - a list item
        """)
        XCTAssertTrue(proseHTML(chapter).hasPrefix("<p>Text before.</p>\n"
            + "<figure class=\"table\">\n<table>"), proseHTML(chapter))
        XCTAssertTrue(proseHTML(chapter).contains("</figure>\n<ul>\n<li>a list item</li>"))
    }

    func testTableSyntaxInCodeIsLeftAlone() throws {
        let chapter = try parseChapter(frontMatter + "\n```text\n| a | b |\n| - | - |\n```\n")
        XCTAssertTrue(chapter.proseTables.isEmpty)
        XCTAssertTrue(proseHTML(chapter).contains("| a | b |\n| - | - |"))
    }

    func testMalformedTableLabelIsAnErrorAtItsCaptionLine() {
        assertBookError(line: 9, containing: "'{#fig:x}' is not a table label") {
            _ = try parseChapter(frontMatter + "\n| a |\n| - |\n| 1 |\n\nTable: Caption {#fig:x}\n")
        }
    }
}
