/// The report of `book test`: every check of every chapter as a test, grouped by chapter,
/// and a chapter that fails to compile or run as one failed test. Ends with the line
/// `N passed, N failed`.
public struct TestReport: Sendable {
    public var passed = 0
    public var failed = 0
    public var lines: [String] = []

    public init(outcomes: [ChapterOutcome]) {
        for outcome in outcomes {
            let chapter = outcome.chapter
            lines.append("\(chapter.name)\(outcome.cached ? " (cached)" : "")")
            for check in outcome.result.checks {
                let place = SourceLocation(path: chapter.path, line: check.line, column: 1)
                if check.passed {
                    passed += 1
                    lines.append("  PASS \(check.claim)")
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
        lines.append("\(passed) passed, \(failed) failed")
    }

    /// The report as text, one line each.
    public var text: String { lines.joined(separator: "\n") + "\n" }
}
