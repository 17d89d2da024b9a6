import Foundation
import NotebookChannel
import XCTest
@testable import BookKit
@testable import Notebook

/// The contract between the two ends of the side channel: every kind of event Notebook writes
/// decodes in BookKit to the values it was written with, and an event missing one of its
/// fields is refused rather than read with a default.
final class ChannelContractTests: XCTestCase {
    /// Notebook opens the file named by `NOTEBOOK_CHANNEL` at its first event, so this is set
    /// before any test of the process writes one (no other BookKit test calls Notebook).
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

    /// The events `body` wrote, as BookKit decodes them; fails when a line did not decode.
    private func decoded(_ body: () -> Void) throws -> [ChannelEvent] {
        let before = (try? Data(contentsOf: Self.channel))?.count ?? 0
        body()
        let written = try Data(contentsOf: Self.channel).dropFirst(before)
        let lines = written.split(separator: 0x0A)
        let events = ChannelEvent.decode(Data(written))
        XCTAssertEqual(events.count, lines.count, "every line decodes: \(String(decoding: written, as: UTF8.self))")
        return events
    }

    func testEveryKindNotebookWritesDecodesToTheValuesWritten() throws {
        let events = try decoded {
            _notebookBeginCell(3)
            show(Notebook.Table(columns: ["λ", "loss"], rows: [[0.5, "a \"b\""]], caption: "Cap", label: "t"))
            plot(LineChart(title: "T", caption: "C", xLabel: "x", yLabel: "y",
                           series: [Series("s", x: [1, 2], y: [0.5, .nan])], logX: true, label: "f",
                           xRange: 1...3, mark: ChartMark(x: 2, y: 0.5, label: "here")))
            plot(BarChart(title: "B", yLabel: "v", categories: ["p", "q"], series: [Bars("b", values: [1, 2])]))
            check(false, "a claim", line: 41)
            export("ratio", 0.25)
            _ = memo("value") { 7 }
            _notebookBeginInlineValues()
            _notebookInlineValue(2) { "text" }
            _notebookFinish()
        }
        XCTAssertEqual(events.count, 10)
        guard events.count == 10 else { return }
        guard case .cell(3, _, _) = events[0] else { return XCTFail("\(events[0])") }
        XCTAssertEqual(events[1], .output(.table(TableOutput(caption: "Cap", label: "t", columns: ["λ", "loss"],
                                                             rows: [["0.5", "a \"b\""]]))))
        guard case .output(.chart(let line)) = events[2], case .output(.chart(let bars)) = events[3] else {
            return XCTFail("\(events[2]) \(events[3])")
        }
        XCTAssertEqual([line.title, line.caption, line.label, line.xLabel, line.yLabel], ["T", "C", "f", "x", "y"])
        XCTAssertEqual(line.series, [ChartOutput.Series(name: "s", x: [1, 2], y: [0.5, nil])])
        XCTAssertEqual([line.logX, line.logY], [true, false])
        XCTAssertEqual(line.xRange, [1, 3])
        XCTAssertNil(line.yRange)
        XCTAssertEqual(line.mark, ChartOutput.Mark(x: 2, y: 0.5, label: "here"))
        XCTAssertNil(line.categories)
        XCTAssertEqual(bars.categories, ["p", "q"])
        XCTAssertEqual(bars.series, [ChartOutput.Series(name: "b", x: [0, 1], y: [1, 2])])
        XCTAssertNil(bars.label)
        XCTAssertEqual(events[4], .output(.check(CheckOutput(claim: "a claim", passed: false, line: 41))))
        XCTAssertEqual(events[5], .export(ExportedValue(name: "ratio", json: "0.25", text: "0.25")))
        guard case .memo(let use) = events[6] else { return XCTFail("\(events[6])") }
        XCTAssertEqual([use.name, String(use.loaded)], ["value", "false"])
        XCTAssertEqual(use.key.split(separator: "-").map(\.count), [64, 64], "the prefix's hash, then the value's")
        guard case .inlineValues = events[7], case .end = events[9] else { return XCTFail("\(events)") }
        XCTAssertEqual(events[8], .inline(index: 2, text: "text"))

        // Every kind there is was written above, so a new kind fails here until it is covered.
        let kinds = try String(contentsOf: Self.channel, encoding: .utf8).split(separator: "\n").map { line in
            try JSONDecoder().decode(KindOnly.self, from: Data(line.utf8)).type
        }
        XCTAssertEqual(Set(kinds), Set(ChannelEventKind.allCases))
    }

    func testAnEventMissingAFieldOfItsKindIsRefusedNotDefaulted() {
        let complete = #"{"type":"check","passed":true,"claim":"c","line":3}"#
        XCTAssertEqual(ChannelEvent.decode(Data(complete.utf8)).count, 1)
        for missing in ["passed", "claim", "line"] {
            let line = complete.replacingOccurrences(of: #""\#(missing)":"#, with: #""renamed":"#)
            XCTAssertTrue(ChannelEvent.decode(Data(line.utf8)).isEmpty, line)
        }
        XCTAssertTrue(ChannelEvent.decode(Data(#"{"type":"table","caption":"","label":"","columns":[]}"#.utf8)).isEmpty)
        XCTAssertTrue(ChannelEvent.decode(Data(#"{"type":"unknown"}"#.utf8)).isEmpty)
    }

    /// A check's optional `points` travels when given and is absent (nil) when not; a points
    /// value of the wrong type refuses the event rather than dropping the points.
    func testCheckPointsRoundTripAndAreOptional() throws {
        let events = try decoded {
            check(true, "worth two", points: 2, line: 7)
            check(false, "worth nothing said", line: 8)
        }
        XCTAssertEqual(events, [
            .output(.check(CheckOutput(claim: "worth two", passed: true, line: 7, points: 2))),
            .output(.check(CheckOutput(claim: "worth nothing said", passed: false, line: 8, points: nil))),
        ])
        let wrong = #"{"type":"check","passed":true,"claim":"c","line":3,"points":"two"}"#
        XCTAssertTrue(ChannelEvent.decode(Data(wrong.utf8)).isEmpty)
    }

    private struct KindOnly: Decodable {
        var type: ChannelEventKind
    }
}
