extension ChapterOutcome {
    /// The checks that did not hold and make the build fail: every failed check, except those of
    /// an exercise's tests when the exercise has no solution in this edition. Those tested the
    /// starter code (the student's copy, or the student's edition), which is not expected to
    /// pass them yet; the page still shows them failed.
    public var failedChecks: [CheckOutput] {
        result.cells.flatMap { output -> [CheckOutput] in
            let cell = chapter.cells.first { $0.index == output.cellIndex }
            let gradesStarter = cell.map { cell in
                [.tests, .hiddenTests].contains(cell.mode)
                    && !(cell.exercise.map { chapter.exercises[$0].hasSolution } ?? true)
            } ?? false
            guard !gradesStarter else { return [] }
            return output.items.compactMap { item in
                if case .check(let check) = item, !check.passed { return check }
                return nil
            }
        }
    }
}
