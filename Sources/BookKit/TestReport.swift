/// The report of `book test`: every check of every chapter as a test, grouped by chapter,
/// and a chapter that fails to compile or run as one failed test. Ends with the line
/// `N passed, N failed` (and `, N to do` when an exercise's starter code fails its tests: those
/// are the student's to pass, not failures).
public struct TestReport: Sendable {
    public var passed = 0
    public var failed = 0
    public var toDo = 0
    public var lines: [String] = []

    public init(outcomes: [ChapterOutcome]) {
        for outcome in outcomes {
            let chapter = outcome.chapter
            lines.append("\(chapter.name)\(outcome.cached ? " (cached)" : "")")
            for (check, isStudentsTask) in outcome.checksWithStudentsPart {
                let place = SourceLocation(path: chapter.path, line: check.line, column: 1)
                if check.passed {
                    passed += 1
                    lines.append("  PASS \(check.claim)")
                } else if isStudentsTask {
                    toDo += 1
                    lines.append("  TO DO \(check.claim)")
                    lines.append("    \(place): note: an exercise's test that its starter code does not pass yet")
                } else {
                    failed += 1
                    lines.append("  FAIL \(check.claim)")
                    lines.append("    \(place): error: check failed: \(check.claim)")
                }
            }
            if outcome.result.failure != nil {
                failed += 1
                lines.append("  FAIL the chapter runs to its end")
                lines += outcome.result.failureLines.map { "    " + $0 }
            }
        }
        lines.append("\(passed) passed, \(failed) failed" + (toDo > 0 ? ", \(toDo) to do" : ""))
    }

    /// The report as text, one line each.
    public var text: String { lines.joined(separator: "\n") + "\n" }
}
