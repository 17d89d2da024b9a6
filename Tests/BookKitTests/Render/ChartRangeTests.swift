import XCTest
@testable import BookKit

/// Axis limits, a marked point, and the values of each point as a tooltip.
final class ChartRangeTests: XCTestCase {
    private func chart(xRange: [Double]? = nil, yRange: [Double]? = nil,
                       mark: ChartOutput.Mark? = nil, points: Int = 3) -> ChartOutput {
        let x = (0..<points).map { Double($0) }
        return ChartOutput(
            title: "Loss", caption: "", label: nil, xLabel: "λ", yLabel: "loss", logX: false, logY: false,
            series: [
                .init(name: "calm", x: x, y: x.map { $0 + 1 }),
                .init(name: "wild", x: x, y: x.map { 1000 * $0 }),
            ],
            categories: nil, xRange: xRange, yRange: yRange, mark: mark
        )
    }

    func testEveryPointCarriesATitleWithItsValues() {
        let svg = ChartRenderer(chart: chart(), id: "f").svg().description
        XCTAssertTrue(svg.contains("<circle class=\"marker series-0\" cx=\"72.00\" cy=\"369.85\" r=\"3\">"
            + "<title>calm: λ = 0, loss = 1</title></circle>"), svg)
        XCTAssertTrue(svg.contains("<title>wild: λ = 2, loss = 2000</title>"))
        let long = ChartRenderer(chart: chart(points: 50), id: "f").svg().description
        XCTAssertEqual(long.components(separatedBy: "<circle class=\"point\"").count - 1, 100)
        XCTAssertTrue(long.contains("<title>wild: λ = 49, loss = 4.9\u{A0}×\u{A0}10⁴</title>"),
                      "in the book's number style")
    }

    func testALogAxisEndsAtTheDecadesOfItsDataNotOneBeyond() {
        // A power of ten computed with a rounding error above it (as 10^3 by exp and log).
        let thousand = 1000 * (1 + 4e-15)
        XCTAssertGreaterThan(log10(thousand), 3)
        let axis = Axis(values: [1e-4, 0.01, thousand], logarithmic: true)
        XCTAssertEqual(axis.low, -4)
        XCTAssertEqual(axis.high, 3)
        XCTAssertEqual(axis.ticks.count, 8)
        XCTAssertEqual(axis.ticks.last ?? 0, 1000, accuracy: 1e-9)
        // Data past a decade still gets the next one.
        let wider = Axis(values: [0.9e-4, 1001], logarithmic: true)
        XCTAssertEqual(wider.low, -5)
        XCTAssertEqual(wider.high, 4)
    }

    func testYRangeFixesTheAxisClipsTheLinesAndDropsPointsOutside() {
        let svg = ChartRenderer(chart: chart(yRange: [0, 4]), id: "f").svg().description
        XCTAssertTrue(svg.contains("<clipPath id=\"f-clip\">"))
        XCTAssertTrue(svg.contains("<polyline class=\"series series-1\" stroke-dasharray=\"6 3\""
            + " clip-path=\"url(#f-clip)\""))
        let ticks = svg.components(separatedBy: "text-anchor=\"end\">").dropFirst()
            .map { $0.prefix { $0 != "<" } }
        XCTAssertEqual(ticks, ["0", "1", "2", "3", "4"])
        XCTAssertTrue(svg.contains("<title>calm: λ = 2, loss = 3</title>"))
        XCTAssertFalse(svg.contains("loss = 1000"), "a point above the range has no marker")
        XCTAssertEqual(Axis(range: 0.5...4.5, logarithmic: false).ticks, [1, 2, 3, 4])
        XCTAssertEqual(Axis(range: 0.05...200, logarithmic: true).ticks, [0.1, 1, 10, 100])
    }

    func testMarkedPointIsDrawnWithItsLabelWhenInside() {
        let mark = ChartOutput.Mark(x: 1, y: 2, label: "chosen λ")
        let svg = ChartRenderer(chart: chart(yRange: [0, 4], mark: mark), id: "f").svg().description
        XCTAssertTrue(svg.contains("<g class=\"mark\">\n<circle class=\"mark-point\""), svg)
        XCTAssertTrue(svg.contains("<title>chosen λ: 1, 2</title></circle>"))
        XCTAssertTrue(svg.contains(">chosen λ</text>\n</g>"))
        let outside = ChartOutput.Mark(x: 1, y: 9, label: "far")
        let far = ChartRenderer(chart: chart(yRange: [0, 4], mark: outside), id: "f").svg().description
        XCTAssertFalse(far.contains("far"))
    }

    func testRangesAndMarkArriveFromTheChannelAndOldEventsStillDecode() throws {
        let line = #"{"type":"chart","title":"t","caption":"","label":"","xLabel":"x","yLabel":"y","#
            + #""logX":false,"logY":false,"series":[],"xRange":[1,2],"yRange":[3,1],"#
            + #""mark":{"x":1.5,"y":2,"label":"here"}}"#
        let event = try XCTUnwrap(ChannelEvent.decode(Data(line.utf8)).first)
        guard case .output(.chart(let chart)) = event else { return XCTFail("not a chart") }
        XCTAssertEqual(chart.xRange, [1, 2])
        XCTAssertNil(chart.yRange, "a range whose ends are reversed is ignored")
        XCTAssertEqual(chart.mark, ChartOutput.Mark(x: 1.5, y: 2, label: "here"))
        let stored = #"{"title":"t","caption":"","xLabel":"x","yLabel":"y","logX":false,"logY":false,"#
            + #""series":[]}"#
        let old = try JSONDecoder().decode(ChartOutput.self, from: Data(stored.utf8))
        XCTAssertNil(old.xRange)
    }
}
