extension ChapterOutcome {
    /// Every check of the chapter in the order they ran, each with whether it is the student's
    /// to pass: a check of an exercise's tests when the exercise has no solution in this edition,
    /// so that they tested the starter code (the student's copy, or the student's edition),
    /// which is not expected to pass them yet.
    public var checksWithStudentsPart: [(check: CheckOutput, isStudentsTask: Bool)] {
        result.cells.flatMap { output in
            let cell = chapter.cells.first { $0.index == output.cellIndex }
            let gradesStarter = cell.map { cell in
                [.tests, .hiddenTests].contains(cell.mode)
                    && !(cell.exercise.map { chapter.exercises[$0].hasSolution } ?? true)
            } ?? false
            return output.items.compactMap { item in
                if case .check(let check) = item { return (check, gradesStarter) }
                return nil
            }
        }
    }

    /// The checks that did not hold and make the build fail: every failed check but those that
    /// are the student's to pass (`checksWithStudentsPart`); the page still shows those failed.
    public var failedChecks: [CheckOutput] {
        checksWithStudentsPart.filter { !$0.check.passed && !$0.isStudentsTask }.map(\.check)
    }
}
