import Foundation
import XCTest
@testable import BookKit

/// `OutputCollector.result`: from the side channel's lines, the program's output and how it
/// ended, to a chapter's result, with no program run.
final class OutputCollectorTests: XCTestCase {
    /// Cells start at lines 6 and 12 (`firstCodeLine`); both inline values are on line 9.
    private let chapter = try! parseChapter("""
    ---
    title: "T"
    ---

    ```swift
    print("a")
    ```

    Two {{ x }} and {{ y }}.

    ```swift
    let y = 2
    print("b")
    ```
    """)

    /// The result for the channel file `channel` (one event a line, as Notebook writes it).
    private func collect(
        _ channel: String, stdout: String = "", stderr: String = "", ending: ChildProcess.Ending = .exited(0),
        shownTextLimit: Int = 1 << 20, printLimit: Int = ChapterRunner.defaultPrintLimit
    ) -> ChapterResult {
        OutputCollector(
            chapter: chapter, events: ChannelEvent.decode(Data(channel.utf8)), stdout: Data(stdout.utf8),
            stderr: Data(stderr.utf8), shownTextLimit: shownTextLimit, printLimit: printLimit
        ).result(ending: ending)
    }

    private let wholeRun = """
    {"type":"cell","index":0,"stdout":0,"stderr":0}
    {"type":"check","passed":true,"claim":"first","line":6}
    {"type":"cell","index":1,"stdout":2,"stderr":4}
    {"type":"table","caption":"c","label":"","columns":["k"],"rows":[["1"]]}
    {"type":"check","passed":false,"claim":"second","line":13}
    {"type":"inline-values","stdout":4,"stderr":9}
    {"type":"inline","index":0,"text":"1"}
    {"type":"inline","index":1,"text":"2"}
    {"type":"end","stdout":4,"stderr":9}

    """

    func testOutputIsSplitBetweenCellsAtTheRecordedOffsetsAndRichOutputsGoToTheirCell() {
        let result = collect(wholeRun, stdout: "a\nb\n", stderr: "e0!\ne1!\n")
        XCTAssertEqual(result.status, .succeeded)
        XCTAssertNil(result.failure)
        XCTAssertEqual(result.cells.map(\.cellIndex), [0, 1])
        XCTAssertEqual(result.cells.map(\.stdout), ["a\n", "b\n"])
        XCTAssertEqual(result.cells.map(\.stderr), ["e0!\n", "e1!\n"])
        XCTAssertEqual(result.cells[0].items, [.check(CheckOutput(claim: "first", passed: true, line: 6))])
        XCTAssertEqual(result.cells[1].items, [
            .table(TableOutput(caption: "c", label: nil, columns: ["k"], rows: [["1"]])),
            .check(CheckOutput(claim: "second", passed: false, line: 13)),
        ])
        XCTAssertEqual(result.inlineValues, ["1", "2"])
        XCTAssertFalse(result.passed, "a failed check fails the chapter")
    }

    func testAnExportedNameKeepsItsFirstPlaceAndItsLastValue() {
        let result = collect("""
        {"type":"cell","index":0,"stdout":0,"stderr":0}
        {"type":"export","name":"a","json":"1","text":"1"}
        {"type":"export","name":"b","json":"\\"x\\"","text":"x"}
        {"type":"export","name":"a","json":"3.5","text":"3.5"}
        {"type":"end","stdout":0,"stderr":0}
        """)
        XCTAssertEqual(result.exports, [
            ExportedValue(name: "a", json: "3.5", text: "3.5"),
            ExportedValue(name: "b", json: "\"x\"", text: "x"),
        ])
    }

    func testAHalfWrittenLineEndsTheEventsAndTheRunIsNotASuccess() {
        // A program killed while writing its channel leaves a cut line: what follows is not read,
        // and without the end event a clean exit is an early one.
        let result = collect("""
        {"type":"cell","index":0,"stdout":0,"stderr":0}
        {"type":"check","passed":true,"claim":"fir
        {"type":"end","stdout":0,"stderr":0}
        """, stdout: "a\n")
        XCTAssertEqual(result.status, .exitedEarly)
        XCTAssertEqual(result.cells.map(\.stdout), ["a\n"])
        XCTAssertEqual(result.checks, [])
        XCTAssertEqual(result.failure?.location.description, "chapters/01-test.md:6:1")
        XCTAssertEqual(result.failure?.message,
                       "the program exited before the chapter's end (an early call to exit?)")
        XCTAssertEqual(result.failure?.cellIndex, 0)
    }

    func testLinesThatAreNotEventsEndTheListAndUnknownOnesAreSkipped() {
        let unknownKind = collect("""
        {"type":"cell","index":0,"stdout":0,"stderr":0}
        {"type":"sparkle","text":"?"}
        {"type":"inline","index":7,"text":"out of range"}
        {"type":"end","stdout":0,"stderr":0}
        """)
        XCTAssertEqual(unknownKind.status, .succeeded, "an unknown kind is skipped, not an end")
        XCTAssertEqual(unknownKind.cells.map(\.items), [[]])
        XCTAssertEqual(unknownKind.inlineValues, [nil, nil])

        for broken in ["not json", "{\"index\":0}", "[1,2]", "{\"type\":\"cell\",\"index\":\"zero\"}"] {
            let result = collect("{\"type\":\"cell\",\"index\":0,\"stdout\":0,\"stderr\":0}\n" + broken
                + "\n{\"type\":\"end\",\"stdout\":0,\"stderr\":0}\n")
            XCTAssertEqual(result.status, .exitedEarly, broken)
        }
        XCTAssertEqual(collect("").status, .exitedEarly, "an empty channel")
        XCTAssertEqual(collect("").failure?.location.description, "chapters/01-test.md:1:1")
    }

    func testRichOutputBeforeTheFirstCellIsDropped() {
        let result = collect("""
        {"type":"check","passed":true,"claim":"orphan","line":1}
        {"type":"cell","index":0,"stdout":0,"stderr":0}
        {"type":"end","stdout":0,"stderr":0}
        """)
        XCTAssertEqual(result.checks, [])
    }

    func testOffsetsOutsideTheOutputAreClampedNotTrusted() {
        // -1 is what a cell boundary records when standard output is not a regular file.
        let result = collect("""
        {"type":"cell","index":0,"stdout":-1,"stderr":-1}
        {"type":"cell","index":1,"stdout":-1,"stderr":99}
        {"type":"end","stdout":-1,"stderr":-1}
        """, stdout: "all\n", stderr: "err\n")
        XCTAssertEqual(result.cells.map(\.stdout), ["", "all\n"])
        XCTAssertEqual(result.cells.map(\.stderr), ["err\n", ""])
    }

    func testShownTextIsCutAtItsLimitWithANote() {
        let result = collect("""
        {"type":"cell","index":0,"stdout":0,"stderr":0}
        {"type":"end","stdout":8,"stderr":0}
        """, stdout: "abcdefgh", shownTextLimit: 4)
        XCTAssertEqual(result.cells[0].stdout,
                       "abcd\n[output cut: the cell printed 8 B; the first 4 B are shown]\n")
        let exact = collect("{\"type\":\"cell\",\"index\":0,\"stdout\":0,\"stderr\":0}\n",
                            stdout: "abcd", shownTextLimit: 4)
        XCTAssertEqual(exact.cells[0].stdout, "abcd", "at the limit nothing is cut")
    }

    // MARK: - How the run ended

    private let inSecondCell = """
    {"type":"cell","index":0,"stdout":0,"stderr":0}
    {"type":"cell","index":1,"stdout":0,"stderr":0}

    """

    func testEachEndingHasItsStatusMessageAndTheRunningCellsLine() {
        let cases: [(ChildProcess.Ending, ChapterResult.Status, String)] = [
            (.exited(3), .crashed, "the program exited with status 3"),
            (.signalled(SIGSEGV), .crashed, "the program crashed (signal \(SIGSEGV))"),
            (.signalled(SIGILL), .crashed, "the program stopped at a Swift runtime trap (an index out of "
                + "range, a failed precondition, an overflow, a nil unwrapped, ...) in this cell"),
            (.signalled(SIGTRAP), .crashed, "the program stopped at a Swift runtime trap (an index out of "
                + "range, a failed precondition, an overflow, a nil unwrapped, ...) in this cell"),
            (.printedTooMuch, .printedTooMuch, "the chapter printed more than 3.0 MB and was stopped; "
                + "print less, or write large results to a file"),
        ]
        for (ending, status, message) in cases {
            let result = collect(inSecondCell, ending: ending, printLimit: 3 << 20)
            XCTAssertEqual(result.status, status, "\(ending)")
            XCTAssertEqual(result.failure?.message, message, "\(ending)")
            XCTAssertEqual(result.failure?.location.description, "chapters/01-test.md:12:1", "\(ending)")
            XCTAssertEqual(result.failure?.cellIndex, 1, "\(ending)")
        }
    }

    func testATimeOutPointsAtTheTimeoutLineOrTheFrontMatterAndSaysHowToRaiseIt() {
        let byDefault = collect(inSecondCell, ending: .timedOut)
        XCTAssertEqual(byDefault.status, .timedOut)
        XCTAssertEqual(byDefault.failure?.location.description, "chapters/01-test.md:2:1")
        XCTAssertEqual(byDefault.failure?.message, "the chapter ran longer than the default time limit of "
            + "600 s and was stopped in the cell of line 12; to allow more, add a line such as "
            + "'timeout: 1200' (in seconds) to this front matter")
        XCTAssertEqual(byDefault.failure?.cellIndex, 1, "shown at the cell that was running")

        let limited = try! parseChapter("---\ntitle: T\ntimeout: 2.5\n---\n\n```swift\nwhile true {}\n```\n")
        let result = OutputCollector(
            chapter: limited,
            events: ChannelEvent.decode(Data("{\"type\":\"cell\",\"index\":0,\"stdout\":0,\"stderr\":0}\n".utf8)),
            stdout: Data(), stderr: Data(), shownTextLimit: 1 << 20, printLimit: 1 << 20
        ).result(ending: .timedOut)
        XCTAssertEqual(result.failure?.location.description, "chapters/01-test.md:3:1")
        XCTAssertEqual(result.failure?.message, "the chapter ran longer than its time limit of 2.5 s, set "
            + "here, and was stopped in the cell of line 7; to allow more, raise this 'timeout:' (in seconds)")
    }

    func testATrapIsPlacedAtTheInnermostFrameOfTheChapterInTheBacktrace() {
        let report = """
        {"threads": [{"crashed": true, "frames": [
          {"description": "specialized Array.subscript.getter",
           "sourceLocation": {"file": "//<compiler-generated>", "line": 0, "column": 0}},
          {"description": "f(_:) + 52",
           "sourceLocation": {"file": "chapters/01-test.md", "line": 6, "column": 13}},
          {"description": "main + 300",
           "sourceLocation": {"file": "chapters/01-test.md", "line": 13, "column": 9}},
          {"kind": "truncated"}]}]}
        """
        let result = OutputCollector(
            chapter: chapter, events: ChannelEvent.decode(Data(inSecondCell.utf8)), stdout: Data(),
            stderr: Data(), shownTextLimit: 1 << 20, printLimit: 1 << 20,
            crash: CrashReport(json: Data(report.utf8))
        ).result(ending: .signalled(SIGILL))
        XCTAssertEqual(result.failure?.location.description, "chapters/01-test.md:6:13")
        XCTAssertEqual(result.failure?.message, "the program stopped at a Swift runtime trap (an index out "
            + "of range, a failed precondition, an overflow, a nil unwrapped, ...) here")
        XCTAssertEqual(result.failure?.details, "stopped at chapters/01-test.md:6:13 in f(_:)\n"
            + "called from chapters/01-test.md:13:9")
        XCTAssertEqual(result.failure?.cellIndex, 1, "shown at the cell that was running")
        XCTAssertEqual(CrashReport(json: Data("not json".utf8)).frames, [])
    }

    func testAFailureAmongTheInlineValuesPointsAtTheValueAfterTheLastOneReported() {
        let result = collect(wholeRun.components(separatedBy: "{\"type\":\"inline\",\"index\":1")[0],
                             ending: .signalled(SIGILL))
        let y = chapter.inlineValues[1]
        XCTAssertEqual(y.expression, "y")
        XCTAssertEqual(result.failure?.location,
                       SourceLocation(path: chapter.path, line: 9, column: y.column))
        XCTAssertNil(result.failure?.cellIndex)
        XCTAssertEqual(result.inlineValues, ["1", nil])
    }

    func testARuntimeErrorNamingTheChapterFileGivesItsLineAndMessage() {
        let result = collect(inSecondCell, stderr: """
        warning: something else
        ChapterProgram/01-test.md:13: Fatal error: boom
        ChapterProgram/01-test.md:6: Fatal error: later

        """, ending: .signalled(SIGILL))
        XCTAssertEqual(result.failure?.location.description, "chapters/01-test.md:13:1")
        XCTAssertEqual(result.failure?.message, "Fatal error: boom")
        XCTAssertEqual(result.failure?.details, "warning: something else\nChapterProgram/01-test.md:13: "
            + "Fatal error: boom\nChapterProgram/01-test.md:6: Fatal error: later\n")
    }

    func testARuntimeErrorElsewhereKeepsTheCellsLine() {
        let library = collect(inSecondCell,
                              stderr: "Swift/Array.swift:418: Fatal error: Index out of range\n",
                              ending: .signalled(SIGILL))
        XCTAssertEqual(library.failure?.location.description, "chapters/01-test.md:12:1")
        XCTAssertEqual(library.failure?.message, "Fatal error: Index out of range")

        // Another chapter whose name ends like this one's is not this one.
        let other = collect(inSecondCell, stderr: "ChapterProgram/101-test.md:3: Fatal error: no\n",
                            ending: .signalled(SIGILL))
        XCTAssertEqual(other.failure?.location.description, "chapters/01-test.md:12:1")

        let thrown = collect(inSecondCell,
                             stderr: "Swift/ErrorType.swift:253: Fatal error: Error raised at top level: "
                                + "Oops(code: 2)\n",
                             ending: .signalled(SIGILL))
        XCTAssertEqual(thrown.failure?.message, "the cell threw an error that nothing caught: Oops(code: 2)")
        XCTAssertEqual(thrown.failure?.location.description, "chapters/01-test.md:12:1")
    }
}
