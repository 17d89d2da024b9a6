import Foundation

/// Assembles a `ChapterResult` from what a chapter program left behind: the side-channel
/// events, its standard output and error (split between cells by the byte offsets that each
/// cell boundary recorded), and how the process ended.
struct OutputCollector {
    var chapter: Chapter
    var events: [ChannelEvent]
    var stdout: Data
    var stderr: Data
    /// The shown text of one cell is cut after this many bytes.
    var shownTextLimit: Int
    /// The limit past which the program was stopped (`ChildProcess.Ending.printedTooMuch`).
    var printLimit: Int
    /// The runtime's backtrace, when the program crashed.
    var crash = CrashReport(json: Data())

    private struct Segment {
        var cellIndex: Int?
        var stdoutStart: Int
        var stderrStart: Int
        var items: [RichOutput] = []
    }

    func result(ending: ChildProcess.Ending) -> ChapterResult {
        var segments: [Segment] = []
        var inlineValues = [String?](repeating: nil, count: chapter.inlineValues.count)
        var exports: [ExportedValue] = []
        var memos: [MemoUse] = []
        var finished = false
        var lastInline = -1
        for event in events {
            switch event {
            case .cell(let index, let stdout, let stderr):
                segments.append(Segment(cellIndex: index, stdoutStart: stdout, stderrStart: stderr))
            case .inlineValues(let stdout, let stderr):
                segments.append(Segment(cellIndex: nil, stdoutStart: stdout, stderrStart: stderr))
            case .inline(let index, let text):
                if inlineValues.indices.contains(index) {
                    inlineValues[index] = text
                    lastInline = index
                }
            case .export(let value):
                if let existing = exports.firstIndex(where: { $0.name == value.name }) {
                    exports[existing] = value
                } else {
                    exports.append(value)
                }
            case .memo(let use):
                memos.append(use)
            case .end:
                finished = true
            case .output(let item):
                if !segments.isEmpty {
                    segments[segments.count - 1].items.append(item)
                }
            }
        }

        var cells: [CellOutput] = []
        for (position, segment) in segments.enumerated() {
            guard let index = segment.cellIndex else { continue }
            let next = position + 1 < segments.count ? segments[position + 1] : nil
            cells.append(CellOutput(
                cellIndex: index,
                stdout: text(stdout, from: segment.stdoutStart, to: next?.stdoutStart),
                stderr: text(stderr, from: segment.stderrStart, to: next?.stderrStart),
                items: segment.items
            ))
        }

        let status: ChapterResult.Status
        switch ending {
        case .timedOut: status = .timedOut
        case .printedTooMuch: status = .printedTooMuch
        case .exited(0): status = finished ? .succeeded : .exitedEarly
        default: status = .crashed
        }
        var result = ChapterResult(status: status, cells: cells, inlineValues: inlineValues,
                                   exports: exports, failure: nil)
        result.memos = memos
        if status != .succeeded {
            let current = segments.last
            result.failure = failure(
                status: status,
                ending: ending,
                cellIndex: current?.cellIndex,
                inlineIndex: current.map { $0.cellIndex == nil } == true ? lastInline + 1 : nil
            )
        }
        return result
    }

    private func failure(status: ChapterResult.Status, ending: ChildProcess.Ending,
                         cellIndex: Int?, inlineIndex: Int?) -> Failure {
        var location = SourceLocation(path: chapter.path, line: 1, column: 1)
        if let cellIndex, let cell = chapter.cells.first(where: { $0.index == cellIndex }) {
            location = SourceLocation(path: chapter.path, line: cell.firstCodeLine, column: 1)
        } else if let inlineIndex, chapter.inlineValues.indices.contains(inlineIndex) {
            let value = chapter.inlineValues[inlineIndex]
            location = SourceLocation(path: chapter.path, line: value.line, column: value.column)
        }
        let errors = String(decoding: stderr, as: UTF8.self)
        var message: String
        switch (status, ending) {
        case (.timedOut, _):
            let limit = Format.seconds(chapter.frontMatter.timeLimit)
            let running = location.line > 1 ? " in the cell of line \(location.line)" : ""
            if let line = chapter.frontMatter.keyLines["timeout"] {
                location = SourceLocation(path: chapter.path, line: line, column: 1)
                message = "the chapter ran longer than its time limit of \(limit), set here, and was "
                    + "stopped\(running); to allow more, raise this 'timeout:' (in seconds)"
            } else {
                location = SourceLocation(path: chapter.path, line: chapter.frontMatter.line, column: 1)
                message = "the chapter ran longer than the default time limit of \(limit) and was "
                    + "stopped\(running); to allow more, add a line such as 'timeout: "
                    + "\(Int(chapter.frontMatter.timeLimit) * 2)' (in seconds) to this front matter"
            }
        case (.printedTooMuch, _):
            message = "the chapter printed more than \(Format.bytes(printLimit)) and was "
                + "stopped; print less, or write large results to a file"
        case (.exitedEarly, _):
            message = "the program exited before the chapter's end (an early call to exit?)"
        case (_, .signalled(SIGILL)), (_, .signalled(SIGTRAP)):
            message = "the program stopped at a Swift runtime trap (an index out of range, a failed"
                + " precondition, an overflow, a nil unwrapped, ...) in this cell"
        case (_, .signalled(let signal)):
            message = "the program crashed (signal \(signal))"
        case (_, .exited(let code)):
            message = "the program exited with status \(code)"
        default:
            message = "the program failed"
        }
        var details = String(errors.suffix(4000))
        guard status == .crashed else {
            return Failure(location: location, message: message, details: details, cellIndex: cellIndex)
        }
        if let runtimeError = runtimeError(in: errors) {
            if let line = runtimeError.line {
                location = SourceLocation(path: chapter.path, line: line, column: 1)
            }
            message = runtimeError.message
        }
        if let frame = crash.firstFrame(in: chapter.path) {
            location = frame.location
            if message.hasSuffix(" in this cell") {
                message = message.dropLast(" in this cell".count) + " here"
            }
            let trace = crash.chapterTrace(in: chapter.path)
            details = details.isEmpty || details.hasSuffix("\n") ? details + trace : details + "\n" + trace
        }
        return Failure(location: location, message: message, details: details, cellIndex: cellIndex)
    }

    /// The message of a Swift runtime error, with its line when the runtime names the chapter
    /// by its `#fileID` (`ChapterProgram/01-slug.md:12: Fatal error: ...`). A trap inside the
    /// standard library names the library's file instead (`Swift/Array.swift:...`), and an error
    /// thrown out of a cell reads `Fatal error: Error raised at top level: ...`; the failing cell
    /// then gives the place.
    private func runtimeError(in errors: String) -> (line: Int?, message: String)? {
        let file = "/" + (chapter.path.split(separator: "/").last.map(String.init) ?? chapter.path) + ":"
        let uncaught = "Fatal error: Error raised at top level: "
        var elsewhere: (line: Int?, message: String)?
        for line in errors.split(separator: "\n") {
            guard let marker = line.range(of: ": Fatal error") else { continue }
            var message = "Fatal error" + line[marker.upperBound...]
            if let name = line.range(of: file), name.upperBound <= marker.lowerBound,
               let row = Int(line[name.upperBound..<marker.lowerBound]) {
                return (row, message)
            }
            if message.hasPrefix(uncaught) {
                message = "the cell threw an error that nothing caught: " + message.dropFirst(uncaught.count)
            }
            elsewhere = elsewhere ?? (nil, message)
        }
        return elsewhere
    }

    /// The bytes of `data` in `start..<end` as text, cut at the shown-text limit with a note.
    private func text(_ data: Data, from start: Int, to end: Int?) -> String {
        let lower = min(max(start, 0), data.count)
        let upper = max(lower, min(end ?? data.count, data.count))
        let count = upper - lower
        let shown = data.subdata(in: lower..<(lower + min(count, shownTextLimit)))
        var text = String(decoding: shown, as: UTF8.self)
        if count > shownTextLimit {
            text += "\n[output cut: the cell printed \(Format.bytes(count)); "
                + "the first \(Format.bytes(shownTextLimit)) are shown]\n"
        }
        return text
    }
}
