/// Reads the compiler's output for a chapter program.
enum CompilerDiagnostics {
    /// One message of the compiler (`path:line:col: error: message`), without its excerpt.
    struct Diagnostic: Equatable {
        var location: SourceLocation
        /// `error`, `warning`, `note` or `remark`.
        var severity: String
        var message: String

        /// The line as the compiler printed it.
        var text: String { "\(location): \(severity): \(message)" }
    }

    /// The failure to report for a compile error: the first error's location in the chapter
    /// file, its message, and the compiler's whole output as details.
    static func failure(_ output: String, chapter: Chapter) -> Failure {
        if let first = diagnostics(in: output).first(where: { $0.severity == "error" }) {
            return Failure(location: first.location, message: first.message, details: output,
                           cellIndex: cell(containing: first.location, in: chapter))
        }
        return Failure(
            location: SourceLocation(path: chapter.path),
            message: "the chapter's program did not compile",
            details: output,
            cellIndex: nil
        )
    }

    /// Every diagnostic line of `output`, in order; the excerpts and carets below them are left out.
    static func diagnostics(in output: String) -> [Diagnostic] {
        output.split(separator: "\n").compactMap { diagnostic(in: String($0)) }
    }

    /// Every error of `output`, in order, each followed by its notes: what a user must read to
    /// fix a chapter that does not compile (warnings and their notes are left out).
    static func errorsWithNotes(in output: String) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var keepingNotes = false
        for diagnostic in diagnostics(in: output) {
            switch diagnostic.severity {
            case "error":
                kept.append(diagnostic)
                keepingNotes = true
            case "note":
                if keepingNotes { kept.append(diagnostic) }
            default:
                keepingNotes = false
            }
        }
        return kept
    }

    /// `path:line:col: error: message` split into its parts.
    static func error(in line: String) -> (SourceLocation, String)? {
        guard let found = diagnostic(in: line), found.severity == "error" else { return nil }
        return (found.location, found.message)
    }

    /// `path:line:col: SEVERITY: message` split into its parts.
    static func diagnostic(in line: String) -> Diagnostic? {
        let markers = ["error", "warning", "note", "remark"].compactMap { severity in
            line.range(of: ": \(severity): ").map { (severity, $0) }
        }.sorted { $0.1.lowerBound < $1.1.lowerBound }
        for (severity, marker) in markers {
            let place = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3,
                  let row = Int(place[place.count - 2]),
                  let column = Int(place[place.count - 1])
            else {
                continue
            }
            let path = place.dropLast(2).joined(separator: ":")
            return Diagnostic(location: SourceLocation(path: path, line: row, column: column),
                              severity: severity, message: String(line[marker.upperBound...]))
        }
        return nil
    }

    /// The runnable cell whose lines of code include `location`, if any (not its fences).
    static func cell(containing location: SourceLocation, in chapter: Chapter) -> Int? {
        guard location.path == chapter.path else { return nil }
        return chapter.runnableCells.last { cell in
            var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).count
            if cell.code.hasSuffix("\n") { lines -= 1 }
            return location.line >= cell.firstCodeLine && location.line < cell.firstCodeLine + lines
        }?.index
    }
}
