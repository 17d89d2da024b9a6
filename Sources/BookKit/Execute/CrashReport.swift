import Foundation

/// What the Swift runtime's backtracer wrote when a chapter's program crashed: the frames of
/// the crashed thread with their source locations (programs are compiled with `-g`), read from
/// its JSON report. It tells the line that trapped, which the runtime's own message does not
/// say for an index out of range or a nil unwrapped in optimized code.
struct CrashReport: Equatable {
    /// A frame of the crashed thread that has a source location.
    struct Frame: Equatable {
        var location: SourceLocation
        /// The function, as the backtracer names it (`f(_:)`); nil for top-level code (`main`).
        var function: String?
    }

    /// The crashed thread's frames with a source location, innermost first.
    var frames: [Frame]

    /// The `SWIFT_BACKTRACE` settings that write a JSON report of the crashed thread to
    /// `file`, without registers or images (addresses change from run to run and must not reach
    /// the site); backtraces are off when the path cannot be written in the settings (a comma).
    static func backtraceSettings(writingTo file: URL) -> String {
        guard !file.path.contains(","), !file.path.contains("=") else { return "enable=no" }
        return "enable=yes,interactive=no,color=no,format=json,threads=crashed,registers=none,"
            + "images=none,output-to=\(file.path)"
    }

    /// Reads a backtracer's JSON report; no frames when there is none or it cannot be read.
    init(json: Data) {
        frames = []
        guard !json.isEmpty,
              let report = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let threads = report["threads"] as? [[String: Any]],
              let crashed = threads.first(where: { $0["crashed"] as? Bool == true }) ?? threads.first,
              let frames = crashed["frames"] as? [[String: Any]]
        else { return }
        for frame in frames {
            guard let place = frame["sourceLocation"] as? [String: Any],
                  let path = place["file"] as? String,
                  let line = place["line"] as? Int, line > 0
            else { continue }
            let column = place["column"] as? Int ?? 0
            // `f(_:) + 52`: the offset says nothing to a reader.
            let description = (frame["description"] as? String)?
                .replacingOccurrences(of: #" \+ [0-9]+$"#, with: "", options: .regularExpression)
            let function = description.flatMap { $0 == "main" ? nil : $0 }
            self.frames.append(Frame(location: SourceLocation(path: path, line: line, column: column),
                                     function: function))
        }
    }

    /// The innermost frame in the chapter file `path`: the line that trapped, or the line in
    /// the chapter that called the library function that did.
    func firstFrame(in path: String) -> Frame? {
        frames.first { $0.location.path == path }
    }

    /// The chapter's frames as a reader follows them: where it stopped, then each caller.
    func chapterTrace(in path: String) -> String {
        let chapterFrames = frames.filter { $0.location.path == path }
        return chapterFrames.enumerated().map { position, frame in
            let function = frame.function.map { " in \($0)" } ?? ""
            return (position == 0 ? "stopped at " : "called from ") + "\(frame.location)\(function)"
        }.joined(separator: "\n")
    }
}
