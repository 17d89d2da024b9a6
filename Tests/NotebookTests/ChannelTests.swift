import Foundation
import XCTest
@testable import Notebook

/// What `show`, `plot`, `check` and `export` write to the side channel, byte for byte: the
/// lines that `book` reads back (BookKit's `ChannelEvent`).
final class ChannelTests: XCTestCase {
    /// The channel file of this test process. Notebook opens the file named by
    /// `NOTEBOOK_CHANNEL` once, at its first event, and test classes of several targets run in
    /// one process, so the first class to need it names it and the others use that file.
    private static let channel: URL = {
        if let path = getenv("NOTEBOOK_CHANNEL") { return URL(fileURLWithPath: String(cString: path)) }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("notebook-channel-\(getpid()).jsonl")
        setenv("NOTEBOOK_CHANNEL", url.path, 1)
        return url
    }()

    override class func setUp() {
        super.setUp()
        _ = channel
    }

    /// The lines that `body` wrote to the channel.
    private func events(_ body: () -> Void) -> [String] {
        let before = (try? Data(contentsOf: Self.channel))?.count ?? 0
        body()
        let data = (try? Data(contentsOf: Self.channel)) ?? Data()
        XCTAssertEqual(data.last, 0x0A, "every event ends its line")
        return String(decoding: data.dropFirst(before), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func testShowWritesTheTableWithEachValueAsItsReaderSeesIt() {
        let table = Table(columns: ["λ", "loss"], rows: [[0.1, 1.0 / 3], [1, fixed(2, 2)], ["<b>", true]],
                          caption: "Loss by \"λ\"", label: "tbl-loss")
        // The first column's numbers share one precision (one decimal: the others would be zeros).
        XCTAssertEqual(events { show(table) }, [
            #"{"type":"table","caption":"Loss by \"λ\"","label":"tbl-loss","columns":["λ","loss"],"#
                + #""rows":[["0.1","0.3333"],["1.0","2.00"],["<b>","true"]]}"#,
        ])
    }

    func testPlotWritesALineChartWithNonFiniteValuesAsNull() {
        let chart = LineChart(
            title: "Loss", caption: "Falls.", xLabel: "λ", yLabel: "loss",
            series: [Series("train", x: [0.001, 1], y: [0.5, .nan]), Series("test", x: [2], y: [-.infinity])],
            logX: true, label: "fig-loss"
        )
        XCTAssertEqual(events { plot(chart) }, [
            #"{"type":"chart","title":"Loss","caption":"Falls.","label":"fig-loss","xLabel":"λ","#
                + #""yLabel":"loss","logX":true,"logY":false,"series":[{"name":"train","x":[0.001,1.0],"#
                + #""y":[0.5,null]},{"name":"test","x":[2.0],"y":[null]}]}"#,
        ])
    }

    func testPlotWritesABarChartWithOneBarPerCategoryAtItsIndex() {
        let chart = BarChart(title: "Accuracy", yLabel: "acc", categories: ["none", "L2", "L1"],
                             series: [Bars("val", values: [0.5, 0.75, 1e-7]),
                                      Bars("test", values: [1, 2, 3])],
                             logY: true)
        XCTAssertEqual(events { plot(chart) }, [
            #"{"type":"bars","title":"Accuracy","caption":"","label":"","xLabel":"","yLabel":"acc","#
                + #""logY":true,"categories":["none","L2","L1"],"series":["#
                + #"{"name":"val","x":[0.0,1.0,2.0],"y":[0.5,0.75,1e-07]},"#
                + #"{"name":"test","x":[0.0,1.0,2.0],"y":[1.0,2.0,3.0]}]}"#,
        ])
    }

    func testCheckWritesTheOutcomeTheEscapedClaimAndItsLine() {
        XCTAssertEqual(events {
            check(true, "holds")
            check(1 > 2, "gap \"small\"\n\tand\u{1}", line: 42)
        }, [
            #"{"type":"check","passed":true,"claim":"holds","line":\#(#line - 3)}"#,
            #"{"type":"check","passed":false,"claim":"gap \"small\"\n\tand\u0001","line":42}"#,
        ])
    }

    func testExportWritesTheValueAsJSONTextAndAsItsReaderSeesIt() {
        XCTAssertEqual(events {
            export("third", 1.0 / 3)
            export("share", percent(0.1234))
            export("sizes", [1, 2])
            export("name", "a\"b")
            export("none", Double.nan)
        }, [
            #"{"type":"export","name":"third","json":"0.3333333333333333","text":"0.3333"}"#,
            #"{"type":"export","name":"share","json":"0.1234","text":"12.3%"}"#,
            #"{"type":"export","name":"sizes","json":"[1,2]","text":"1, 2"}"#,
            #"{"type":"export","name":"name","json":"\"a\\\"b\"","text":"a\"b"}"#,
            #"{"type":"export","name":"none","json":"null","text":"NaN"}"#,
        ])
    }
}
