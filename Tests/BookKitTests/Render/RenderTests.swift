import XCTest
@testable import BookKit

final class RenderTests: XCTestCase {
    /// Compares `text` with the committed file `Fixtures/Expected/name`, made by an earlier
    /// process: a renderer whose output varies from process to process (a dictionary's order, a
    /// hash seed) fails here, as does any change to the bytes. `BOOK_RECORD_EXPECTED=1` writes the
    /// file instead (then review its diff and commit it).
    private func assertMatchesExpected(_ text: String, _ name: String, line: UInt = #line) {
        let url = packageRoot.appendingPathComponent("Tests/BookKitTests/Fixtures/Expected/\(name)")
        if ProcessInfo.processInfo.environment["BOOK_RECORD_EXPECTED"] == "1" {
            XCTAssertNoThrow(try Data(text.utf8).write(to: url), line: line)
            return XCTFail("recorded \(name); run again without BOOK_RECORD_EXPECTED", line: line)
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("\(url.path) is missing; record it with BOOK_RECORD_EXPECTED=1", line: line)
        }
        XCTAssertEqual(text, expected, "differs from \(name)", line: line)
    }

    func testEscapeCoversMarkupAndQuotes() {
        XCTAssertEqual(HTML.escape("<script>\"a\" & 'b'</script>"),
                       "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;")
    }

    func testChineseRunsAreMarkedWithTheirLanguage() {
        XCTAssertEqual(HTML.markingLanguages("1 引言 <Introduction> & 正则").description,
                       "1 <span lang=\"zh\">引言</span> &lt;Introduction&gt; &amp; <span lang=\"zh\">正则</span>")
    }

    func testChartIsDeterministicAndAccessible() {
        let chart = ChartOutput(
            title: "Loss <by> epoch", caption: "", label: nil, xLabel: "λ", yLabel: "loss", logX: true, logY: false,
            series: [.init(name: "train", x: [0.001, 0.01, 0.1, 1], y: [1, 0.5, 0.25, nil]),
                     .init(name: "test", x: [0.001, 0.01, 0.1, 1], y: [2, 1, 0.9, 1.5])],
            categories: nil
        )
        let first = ChartRenderer(chart: chart, id: "figure-1-1").svg().description
        assertMatchesExpected(first, "line-chart.svg")
        XCTAssertTrue(first.contains("<title id=\"figure-1-1-title\">Loss &lt;by&gt; epoch</title>"))
        XCTAssertTrue(first.contains("aria-labelledby=\"figure-1-1-title figure-1-1-desc\""))
        XCTAssertEqual(first.components(separatedBy: "<polyline").count - 1, 2)
        XCTAssertEqual(first.components(separatedBy: "<circle").count - 1, 7, "the nil point is left out")
        XCTAssertTrue(first.contains(">0.001<") && first.contains(">0.01<"), "log axis ticks are decades")
    }

    func testBarChartStartsAtZeroLabelsItsBarsAndIsAccessible() {
        let chart = ChartOutput(
            title: "Loss", caption: "", label: nil, xLabel: "method", yLabel: "loss", logX: false, logY: false,
            series: [.init(name: "validation", x: [0, 1, 2], y: [0.5, 0.25, nil]),
                     .init(name: "test <set>", x: [0, 1, 2], y: [0.75, 0.3, 1])],
            categories: ["none", "L2", "L1 & co"]
        )
        let svg = BarChartRenderer(chart: chart, categories: chart.categories!, id: "fig-a").svg().description
        assertMatchesExpected(svg, "bar-chart.svg")
        XCTAssertTrue(svg.contains("<desc id=\"fig-a-desc\">Bar chart of loss by method; groups: none, L2, "
            + "L1 &amp; co; series: validation, test &lt;set&gt;.</desc>"))
        XCTAssertEqual(svg.components(separatedBy: "<rect class=\"bar").count - 1, 5 + 2, "five bars, two keys")
        XCTAssertTrue(svg.contains("<title>test &lt;set&gt;, L1 &amp; co: 1</title>"))
        XCTAssertTrue(svg.contains(">0.75</text>"), "values are written above the bars")
        // The axis runs from 0 to 1: a bar of 0.5 is half the plot's height (300 px) tall.
        XCTAssertTrue(svg.contains("height=\"150.00\"><title>validation, none: 0.5</title>"))
    }

    func testLinearAxisTicksAreRoundNumbers() {
        let axis = Axis(values: [0.13, 0.92], logarithmic: false)
        XCTAssertEqual(axis.ticks.first ?? -1, 0.0, accuracy: 1e-12)
        XCTAssertEqual(axis.ticks.last ?? -1, 1.0, accuracy: 1e-12)
        XCTAssertEqual(axis.ticks.count, 6)
    }

    func testResultsFileSortsNamesAndKeepsNumbersVerbatim() {
        let json = ResultsFile.json([
            (name: "01-a", exports: [ExportedValue(name: "zeta", json: "0.1", text: "0.1"),
                                     ExportedValue(name: "alpha", json: "\"<x>\"", text: "<x>")]),
            (name: "02-b", exports: []),
        ])
        XCTAssertEqual(json, """
        {
          "chapters": {
            "01-a": {
              "alpha": "<x>",
              "zeta": 0.1
            },
            "02-b": {}
          }
        }

        """)
    }
}
