import XCTest
@testable import BookKit

/// A page that uses every writing feature of issue 12 at once stays valid HTML.
final class CourseMaterialPageTests: XCTestCase {
    func testPageWithTablesCalloutsFootnotesAndAMarkedChartIsTidyClean() throws {
        let chapter = try parseChapter("""
        ---
        title: "Course material"
        ---

        ## Tables

        | λ | loss |
        |:-:|----:|
        | 0.1 | {{ loss }} |

        Table: Losses[^grid]. {#tbl:losses}

        ::: {.callout-note}
        ## See @tbl:losses
        ::: warning
        Nested, with a cell:

        ```swift
        plot(chart)
        ```
        :::
        :::

        [^grid]: The grid of chapter 3.
        """)
        let mark = ChartOutput.Mark(x: 1, y: 1, label: "chosen")
        let chart = RichOutput.chart(ChartOutput(
            title: "Loss", caption: "", label: nil, xLabel: "x", yLabel: "y", logX: false, logY: false,
            series: [.init(name: "a", x: [0, 1, 2], y: [0, 1, 9])], categories: nil,
            xRange: nil, yRange: [0, 2], mark: mark))
        let run = succeededRun(chapter, items: [0: [chart]], values: ["0.5"])
        let page = renderedPage(chapter, result: run)
        XCTAssertFalse(page.contains("\u{E000}") || page.contains("\u{E002}") || page.contains("\u{E006}"), page)
        XCTAssertTrue(page.contains("<p class=\"callout-title\">See <a class=\"xref\" href=\"#tbl-losses\">"
            + "Table 1.1</a></p>"), page)
        guard let report = try tidyReport(page) else { throw XCTSkip("tidy is not installed") }
        // Debian's tidy knows neither `aria-current` nor an SVG `<title>` with an id (which
        // `aria-labelledby` needs); every page of the site has these two warnings.
        let known = ["proprietary attribute \"aria-current\"", "<title> proprietary attribute \"id\""]
        let findings = report.split(separator: "\n").filter { line in !known.contains { line.contains($0) } }
        XCTAssertEqual(findings, [], page)
    }
}
