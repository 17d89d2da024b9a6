import Foundation
import XCTest
@testable import BookKit

/// Values that reached a page unescaped, safe only because of how they were made, are escaped
/// now that pages are built as `HTML`: a chart's id (escaped by one caller, written raw by the
/// charts), a figure's number in its caption, entities inside a bold formula, and a chapter's
/// page name in the links of the page frame.
final class GeneratedValuesEscapeTests: XCTestCase {
    private let awkward = "a\"<&b"
    private let escaped = "a&quot;&lt;&amp;b"

    private func chart(categories: [String]? = nil) -> ChartOutput {
        ChartOutput(
            title: "Loss", caption: "", label: nil, xLabel: "λ", yLabel: "loss", logX: false, logY: false,
            series: [.init(name: "s", x: [0, 1], y: [1, 2])],
            categories: categories, xRange: nil, yRange: [0, 3], mark: nil
        )
    }

    func testAChartsIdIsEscapedInEveryAttributeThatHoldsIt() {
        let line = ChartRenderer(chart: chart(), id: awkward).svg().description
        XCTAssertTrue(line.contains("aria-labelledby=\"\(escaped)-title \(escaped)-desc\""), line)
        XCTAssertTrue(line.contains("<title id=\"\(escaped)-title\">"))
        XCTAssertTrue(line.contains("<clipPath id=\"\(escaped)-clip\">"))
        XCTAssertTrue(line.contains("clip-path=\"url(#\(escaped)-clip)\""))
        XCTAssertFalse(line.contains(awkward))
        let bars = BarChartRenderer(chart: chart(categories: ["x", "y"]), categories: ["x", "y"], id: awkward)
            .svg().description
        XCTAssertTrue(bars.contains("<desc id=\"\(escaped)-desc\">"), bars)
        XCTAssertFalse(bars.contains(awkward))
    }

    func testACellsFigureHasItsNumberEscapedAndItsIdEscapedOnce() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nlet a = 1\n```\n")
        let entry = FigureIndex.Entry(kind: .figure, number: "Figure <1> & \"2\"", anchor: awkward,
                                      label: nil, cellIndex: 0, line: 5)
        let output = CellOutput(cellIndex: 0, stdout: "", stderr: "", items: [.chart(chart())])
        let html = CellRenderer(chapter: chapter).html(chapter.cells[0], output: output, failure: nil,
                                                       figures: [entry]).description
        let label = "<span class=\"label\">Figure &lt;1&gt; &amp; &quot;2&quot;.</span>"
        XCTAssertTrue(html.contains(label), html)
        XCTAssertTrue(html.contains("<figure class=\"chart\" id=\"\(escaped)\">"))
        XCTAssertTrue(html.contains("<title id=\"\(escaped)-title\">"), "escaped once, not twice")
    }

    func testThePageFrameEscapesTitlesAndTheLinksToAChaptersPage() throws {
        let chapter = try ChapterParser.parse("---\ntitle: \"T <1> & 2\"\n---\n\n## S & 1 < 2\n\nText.\n",
                                              number: 1, slug: "r&d", path: "chapters/01-r&d.md")
        var settings = BookSettings()
        settings.title = "B \"<&>\""
        settings.authors = "A & 'Z'"
        let book = Book(root: URL(fileURLWithPath: "/book"), settings: settings, chapters: [chapter])
        let key = CacheKey(program: ChapterProgram(chapter: chapter), librariesIdentity: "",
                           toolchainVersion: "", dataManifests: [], timeLimit: 1)
        let renderer = PageRenderer(book: book)
        let result = succeededRun(chapter)
        let provenance = Provenance(toolchain: "swift <6>", cacheKey: key,
                                    data: [(name: "a&b", digest: "00")])
        let figures = FigureIndex(chapter: chapter, result: result)
        let page = renderer.chapterPage(chapter, result: result, figures: figures, provenance: provenance)
            .description
        let index = renderer.indexPage().description
        for html in [page, index] {
            XCTAssertTrue(html.contains("href=\"01-r&amp;d.html\""), html)
            XCTAssertFalse(html.contains("01-r&d"), "a page name is escaped in every link")
            XCTAssertFalse(html.contains("<&>"), "the book's title is escaped")
        }
        XCTAssertTrue(page.contains("<title>T &lt;1&gt; &amp; 2 · B &quot;&lt;&amp;&gt;&quot;</title>"))
        XCTAssertTrue(page.contains("<h1>T &lt;1&gt; &amp; 2</h1>"))
        XCTAssertTrue(page.contains("\">S &amp; 1 &lt; 2</a></li>"), "the section in the contents")
        XCTAssertTrue(page.contains("with swift &lt;6&gt;."))
        XCTAssertTrue(page.contains("a&amp;b <code>00</code>"))
        XCTAssertTrue(index.contains("<p class=\"authors\">A &amp; &#39;Z&#39;</p>"), index)
    }

    func testBoldTextKeepsItsEntities() throws {
        let markup = try TeXToMathML.convert("\\mathbf{\\operatorname{a<b}}", display: false).description
        XCTAssertTrue(markup.contains("<mi>𝐚&lt;𝐛</mi>"), markup)
    }
}
