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

extension ChapterOutcome {
    /// The mistakes of the points its checks gave: points are what a check of an exercise's
    /// tests is worth, so a check with points outside a `swift tests` or `swift hidden-tests`
    /// cell, or with fewer than one point, is an error at the check's line.
    public var pointsErrors: [BookError] {
        result.cells.flatMap { output -> [BookError] in
            let mode = chapter.cells.first { $0.index == output.cellIndex }?.mode
            return output.items.compactMap { item -> BookError? in
                guard case .check(let check) = item, let points = check.points else { return nil }
                let place = SourceLocation(path: chapter.path, line: check.line, column: 1)
                if mode != .tests && mode != .hiddenTests {
                    return BookError(.input, at: place,
                                     "the check '\(check.claim)' gives points outside an exercise's tests",
                                     hint: "points grade an exercise: put the check in its 'swift tests' or "
                                         + "'swift hidden-tests' cell, or leave out 'points:'")
                }
                guard points < 1 else { return nil }
                return BookError(.input, at: place, "the check '\(check.claim)' is worth \(points) points",
                                 hint: "a check of an exercise is worth one point or more")
            }
        }
    }
}
