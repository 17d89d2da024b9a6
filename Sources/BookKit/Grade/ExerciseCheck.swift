/// A check that a `swift tests` or `swift hidden-tests` cell of an exercise made, placed by the
/// line of its `check` call in the teacher's file and, for a call made more than once (in a
/// loop), by how many times it was made before.
struct ExerciseCheck: Equatable {
    /// The position of its exercise in the chapter.
    var exercise: Int
    var line: Int
    var occurrence: Int
    var claim: String
    var passed: Bool
    var points: Int?

    /// The points it is worth: its `points:` (one or more, `ChapterOutcome.pointsErrors`), else one.
    var possible: Int { points ?? 1 }

    /// Whether `other` is the same check (of the same exercise, line and occurrence).
    func isSame(as other: ExerciseCheck) -> Bool {
        exercise == other.exercise && line == other.line && occurrence == other.occurrence
    }

    /// The checks of the exercises' test cells in `outcome`, in the order they ran. `teacherLine`
    /// gives the line of the teacher's file a line of the chapter that ran came from (nil for a
    /// line of the student's): a check is kept only when its call is a line of the teacher's
    /// test cell, so a `check` the student's own code makes counts for nothing.
    static func checks(of outcome: ChapterOutcome, teacher: Chapter,
                       teacherLine: (Int) -> Int?) -> [ExerciseCheck] {
        var found: [ExerciseCheck] = []
        for output in outcome.result.cells {
            guard let cell = outcome.chapter.cells.first(where: { $0.index == output.cellIndex }),
                  cell.mode == .tests || cell.mode == .hiddenTests, let exercise = cell.exercise,
                  teacher.cells.indices.contains(cell.index)
            else { continue }
            let teacherCell = teacher.cells[cell.index]
            let lines = teacherCell.firstCodeLine..<(teacherCell.firstCodeLine + GradedChapter.lineCount(teacherCell.code))
            for item in output.items {
                guard case .check(let check) = item, let line = teacherLine(check.line), lines.contains(line)
                else { continue }
                let occurrence = found.filter { $0.exercise == exercise && $0.line == line }.count
                found.append(ExerciseCheck(exercise: exercise, line: line, occurrence: occurrence,
                                           claim: check.claim, passed: check.passed, points: check.points))
            }
        }
        return found
    }
}
