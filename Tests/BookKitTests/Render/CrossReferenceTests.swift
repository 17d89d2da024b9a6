import XCTest
@testable import BookKit

/// `@fig:label` and `@tbl:label` in prose: found outside code, numbered after the run,
/// rendered as links, and an error when they name nothing.
final class CrossReferenceTests: XCTestCase {
    private let text = """
    ---
    title: "Figures"
    ---

    As @fig:loss shows (and @tbl:grid-1_b, not `@fig:code` nor mail@fig:x), λ matters.

    ```swift
    plot(chart)
    ```

    @fig:loss-.
    """

    func testScannerFindsReferencesButNotAddressesOrTrailingDashes() {
        XCTAssertEqual(CrossReferenceScanner.pieces(of: "é @fig:a-b. x@tbl:c @tbl: @foo:d @fig:e_-"), [
            .text("é "), .reference(.figure, label: "a-b", utf8Offset: 3), .text(". x@tbl:c @tbl: @foo:d "),
            .reference(.figure, label: "e", utf8Offset: 34), .text("_-"),
        ])
    }

    func testParserRecordsReferencesWithLinesAndColumnsAndSkipsCode() throws {
        let chapter = try parseChapter(text)
        XCTAssertEqual(chapter.references.map(\.label), ["loss", "grid-1_b", "loss"])
        XCTAssertEqual(chapter.references.map(\.kind), [.figure, .table, .figure])
        XCTAssertEqual(chapter.references.map(\.line), [5, 5, 11])
        XCTAssertEqual(chapter.references.map(\.column), [4, 25, 1])
    }

    private func result(charts labels: [String?], tables: [String?] = []) -> ChapterResult {
        let charts = labels.map { label in
            RichOutput.chart(ChartOutput(title: "t", caption: "", label: label, xLabel: "x", yLabel: "y",
                                         logX: false, logY: false, series: []))
        }
        let grids = tables.map { label in
            RichOutput.table(TableOutput(caption: "", label: label, columns: [], rows: []))
        }
        return ChapterResult(
            status: .succeeded,
            cells: [CellOutput(cellIndex: 0, stdout: "", stderr: "", items: grids + charts)],
            inlineValues: [], exports: [], failure: nil
        )
    }

    func testFiguresAndTablesAreNumberedApartAndLinkedFromProse() throws {
        let chapter = try parseChapter(text)
        let run = result(charts: [nil, "loss"], tables: ["grid-1_b"])
        let index = FigureIndex(chapter: chapter, result: run)
        XCTAssertEqual(index.entries.map(\.number), ["Table 1.1", "Figure 1.1", "Figure 1.2"])
        XCTAssertEqual(index.entries.map(\.anchor), ["tbl-grid-1_b", "figure-1-1", "fig-loss"])
        XCTAssertNoThrow(try index.validate(chapter, ranToEnd: true))

        let key = CacheKey(program: ChapterProgram(chapter: chapter), librariesIdentity: "",
                           toolchainVersion: "", dataManifests: [], timeLimit: 1)
        let book = Book(root: URL(fileURLWithPath: "/book"), settings: BookSettings(), chapters: [chapter])
        let page = PageRenderer(book: book).chapterPage(
            chapter, result: run, figures: index,
            provenance: Provenance(toolchain: "swift", cacheKey: key, data: [])).description
        XCTAssertTrue(page.contains("As <a class=\"xref\" href=\"#fig-loss\">Figure 1.2</a> shows"))
        XCTAssertTrue(page.contains("<a class=\"xref\" href=\"#tbl-grid-1_b\">Table 1.1</a>"))
        XCTAssertTrue(page.contains("<code>@fig:code</code>"))
        XCTAssertTrue(page.contains("mail@fig:x"))
        XCTAssertTrue(page.contains("<figure class=\"chart\" id=\"fig-loss\">"))
        XCTAssertTrue(page.contains("<figure class=\"table\" id=\"tbl-grid-1_b\">"))
    }

    func testAReferenceToNoLabelIsAnErrorAtItsPlaceOnceTheChapterRanToItsEnd() throws {
        let chapter = try parseChapter(text)
        let index = FigureIndex(chapter: chapter, result: result(charts: ["other"], tables: ["grid-1_b"]))
        assertBookError(line: 5, containing: "no figure of this chapter has the label 'loss'") {
            try index.validate(chapter, ranToEnd: true)
        }
        XCTAssertNoThrow(try index.validate(chapter, ranToEnd: false), "a failed chapter made no figures")
    }

    func testDuplicateAndMalformedLabelsAreErrorsAtTheirCell() throws {
        let chapter = try parseChapter(text)
        assertBookError(line: 7, containing: "Figure 1.1 and Figure 1.2 have the same label 'loss'") {
            try FigureIndex(chapter: chapter, result: result(charts: ["loss", "loss"]))
                .validate(chapter, ranToEnd: false)
        }
        assertBookError(line: 7, containing: "the label 'a b' of Figure 1.1 is not valid") {
            try FigureIndex(chapter: chapter, result: result(charts: ["a b"]))
                .validate(chapter, ranToEnd: false)
        }
    }
}
