import XCTest
@testable import BookKit

/// References across chapters: `@fig:03-implementation/overfit` (and `@tbl:`, `@eq:`,
/// `\eqref{eq:…/…}`) read "Figure 3.1" with a link into that chapter's page, `@ch:03-implementation`
/// reads "Chapter 3", and a name or label that does not exist is an error at its line.
final class ChapterReferenceTests: XCTestCase {
    private let first = """
    ---
    title: "One"
    ---
    As @ch:03-implementation shows in @fig:03-implementation/overfit and @tbl:03-implementation/grid,
    the penalty of @eq:03-implementation/ridge (that is, \\eqref{eq:03-implementation/ridge}) helps;
    @fig:01-one/local is local.

    ```swift
    plot(chart)
    ```
    """

    private let third = """
    ---
    title: "Three"
    ---
    $$ L = \\lVert y - Xw \\rVert^2 + \\lambda \\lVert w \\rVert^2 \\label{eq:ridge} $$

    ```swift
    plot(chart)
    ```
    """

    private func chart(_ label: String) -> RichOutput {
        .chart(ChartOutput(title: "t", caption: "", label: label, xLabel: "x", yLabel: "y",
                           logX: false, logY: false, series: []))
    }

    private func outcomes(_ book: Book, third items: [RichOutput], status: ChapterResult.Status = .succeeded)
        -> [ChapterOutcome] {
        book.chapters.map { chapter in
            var result = succeededRun(chapter, items: [0: chapter.number == 1 ? [chart("local")] : items])
            if chapter.number == 3 { result.status = status }
            let key = CacheKey(program: ChapterProgram(chapter: chapter), librariesIdentity: "",
                               toolchainVersion: "", dataManifests: [], timeLimit: 1)
            return ChapterOutcome(chapter: chapter, result: result, key: key, cached: true,
                                  provenance: Provenance(toolchain: "swift", cacheKey: key, data: []))
        }
    }

    private func book(first text: String? = nil) throws -> Book {
        let one = try ChapterParser.parse(text ?? first, number: 1, slug: "one", path: "chapters/01-one.md")
        let three = try ChapterParser.parse(third, number: 3, slug: "implementation",
                                            path: "chapters/03-implementation.md")
        return Book(root: URL(fileURLWithPath: "/book"), settings: BookSettings(), chapters: [one, three])
    }

    private func check(_ book: Book, _ outcomes: [ChapterOutcome]) throws -> [String: FigureIndex] {
        let builder = BookBuilder(workspace: Workspace(bookRoot: URL(fileURLWithPath: "/book")),
                                  progress: Progress(quiet: true))
        let indexes = outcomes.map { FigureIndex(chapter: $0.chapter, result: $0.result) }
        let others = builder.otherIndexes(book, outcomes: outcomes, figureIndexes: indexes)
        if let first = others.errors.first { throw first.error }
        return others.indexes.mapValues(\.index)
    }

    func testScannerReadsChapterAndLabel() {
        XCTAssertEqual(CrossReferenceScanner.pieces(of: "@fig:03-x/a-b. @ch:03-x/y @eq:03-x/"), [
            .reference(.init(kind: .figure, label: "a-b", chapter: "03-x"), utf8Offset: 0), .text(". "),
            .reference(.init(kind: .chapter, label: "03-x"), utf8Offset: 15), .text("/y "),
            .reference(.init(kind: .equation, label: "03-x"), utf8Offset: 26), .text("/"),
        ])
    }

    func testReferencesIntoAnotherChapterLinkToItsPage() throws {
        let book = try book()
        let outcomes = outcomes(book, third: [.table(TableOutput(caption: "", label: "grid", columns: [], rows: [])),
                                              chart("overfit")])
        let others = try check(book, outcomes)
        let chapter = book.chapters[0]
        let page = PageRenderer(book: book).chapterPage(
            chapter, result: outcomes[0].result, figures: others[chapter.name]!, others: others,
            provenance: outcomes[0].provenance).description
        XCTAssertTrue(page.contains(
            "As <a class=\"xref\" href=\"03-implementation.html\">Chapter 3</a> shows in "
                + "<a class=\"xref\" href=\"03-implementation.html#fig-overfit\">Figure 3.1</a> and "
                + "<a class=\"xref\" href=\"03-implementation.html#tbl-grid\">Table 3.1</a>,\n"
                + "the penalty of <a class=\"xref\" href=\"03-implementation.html#eq-ridge\">Equation (3.1)</a> "
                + "(that is, <a class=\"xref\" href=\"03-implementation.html#eq-ridge\">(3.1)</a>) helps;\n"
                + "<a class=\"xref\" href=\"#fig-local\">Figure 1.1</a> is local."),
            page)
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, [], page) }
    }

    func testEquationsOfAChapterThatWasNotBuiltAreStillLinked() throws {
        let book = try book()
        let chapter = book.chapters[0]
        let result = outcomes(book, third: [])[0].result
        let page = PageRenderer(book: book).chapterPage(
            chapter, result: result, figures: FigureIndex(chapter: chapter, result: result),
            provenance: outcomes(book, third: [])[0].provenance).description
        XCTAssertTrue(page.contains(
            "<a class=\"xref\" href=\"03-implementation.html#eq-ridge\">Equation (3.1)</a>"))
        XCTAssertTrue(page.contains(
            "<span class=\"xref missing\" title=\"not made: the chapter failed\">Figure ??</span>"))
    }

    func testAMissingLabelOrChapterIsAnErrorAtItsLine() throws {
        let book = try book()
        assertBookError(line: 4, containing: "no figure of chapter 03-implementation has the label 'overfit'") {
            _ = try check(book, outcomes(book, third: [chart("other")]))
        }
        XCTAssertNoThrow(try check(book, outcomes(book, third: [], status: .crashed)),
                         "a chapter that failed made no figures")
        let wrongEquation = try self.book(first: "---\ntitle: One\n---\n\nSee\n@eq:03-implementation/lasso.\n")
        assertBookError(line: 6, containing: "no equation of chapter 03-implementation has the label 'lasso'") {
            _ = try check(wrongEquation, outcomes(wrongEquation, third: [], status: .crashed))
        }
        let wrongChapter = try self.book(first: "---\ntitle: One\n---\n\nSee @ch:04-nothing.\n")
        assertBookError(line: 5, containing: "no chapter of the book is named '04-nothing'") {
            _ = try check(wrongChapter, outcomes(wrongChapter, third: []))
        }
    }
}
