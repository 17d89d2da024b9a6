/// Reads the compiler's output for a chapter program.
enum CompilerDiagnostics {
    /// The failure to report for a compile error: the first error's location in the chapter
    /// file, its message, and the compiler's whole output as details.
    static func failure(_ output: String, chapter: Chapter) -> Failure {
        for line in output.split(separator: "\n") {
            guard let (location, message) = error(in: String(line)) else { continue }
            return Failure(location: location, message: message, details: output,
                           cellIndex: cell(containing: location, in: chapter))
        }
        return Failure(
            location: SourceLocation(path: chapter.path),
            message: "the chapter's program did not compile",
            details: output,
            cellIndex: nil
        )
    }

    /// `path:line:col: error: message` split into its parts.
    static func error(in line: String) -> (SourceLocation, String)? {
        guard let marker = line.range(of: ": error: ") else { return nil }
        let place = line[..<marker.lowerBound].split(separator: ":")
        guard place.count >= 3,
              let row = Int(place[place.count - 2]),
              let column = Int(place[place.count - 1])
        else {
            return nil
        }
        let path = place.dropLast(2).joined(separator: ":")
        return (SourceLocation(path: path, line: row, column: column), String(line[marker.upperBound...]))
    }

    /// The runnable cell whose lines include `location`, if any.
    static func cell(containing location: SourceLocation, in chapter: Chapter) -> Int? {
        guard location.path == chapter.path else { return nil }
        return chapter.runnableCells.last { cell in
            let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).count
            return location.line >= cell.firstCodeLine && location.line < cell.firstCodeLine + lines
        }?.index
    }
}
