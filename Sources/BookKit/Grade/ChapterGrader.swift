import Foundation

/// Grades one chapter of one submission: runs the teacher's chapter with the student's answers
/// put in (`GradedChapter`) in the submission's scratch book, and scores each check the
/// teacher's solutions made (`expected`).
///
/// When the student's code for an exercise does not compile, traps or runs past the time
/// limit, that exercise scores nothing, with the reason, and the chapter runs again with that
/// exercise's starter code in its place, so that the student's other exercises are still graded.
struct ChapterGrader {
    /// The student's name, the teacher's chapter, and the student's (nil when the submission
    /// lacks it).
    var name: String
    var teacher: Chapter
    var student: Chapter?
    /// The builder of the submission's scratch book, and that book's root.
    var builder: BookBuilder
    var folder: URL

    func grade(expected: [ExerciseCheck]) throws -> [CheckGrade] {
        guard let student else {
            return Self.rows(teacher, student: name, expected: expected) { _ in (nil, "the submission has no \(teacher.path)") }
        }
        if let mistake = student.mistake {
            return Self.rows(teacher, student: name, expected: expected) { _ in (nil, "the chapter cannot be read: \(mistake)") }
        }
        let file = folder.appendingPathComponent(teacher.path)
        let teacherText = try Book.readText(file, path: teacher.path)
        var answers: [Int: GradedChapter.Answer] = [:]
        var notes: [Int: [String]] = [:]
        for position in teacher.exercises.indices {
            let exercise = teacher.exercises[position]
            guard let theirs = matchingExercise(position, in: student) else {
                notes[position, default: []].append("the submission has no Exercise \(exercise.number); "
                    + "its starter code was graded")
                continue
            }
            if let starter = student.cells.first(where: { $0.exercise == theirs && $0.mode == .starter }) {
                answers[position] = GradedChapter.Answer(code: starter.code, firstLine: starter.firstCodeLine)
            } else {
                notes[position, default: []].append("the submission's Exercise \(exercise.number) has no "
                    + "starter cell; its starter code was graded")
            }
            if testCode(of: position, in: teacher) != testCode(of: theirs, in: student) {
                notes[position, default: []].append("tests edited; the teacher's tests were used")
            }
        }
        let shared = GradedChapter.sharedLines(teacher, student: student)
        var setAside: [Int: String] = [:]
        var last: (graded: GradedChapter, outcome: ChapterOutcome)?
        for _ in 0...teacher.exercises.count {
            var given = answers
            for position in teacher.exercises.indices where given[position] == nil || setAside[position] != nil {
                given[position] = starter(of: position)
            }
            var graded = GradedChapter(teacherText: teacherText, chapter: teacher, answers: given)
            graded.sharedLines = shared
            try Data(graded.text.utf8).write(to: file)
            let book = try Book.load(root: folder, keepingBrokenChapters: true)
            let chapter = try book.chapters(named: [teacher.name])
            let outcome = try builder.execute(chapter, in: book, useCache: true, jobs: 1)[0]
            last = (graded, outcome)
            let blamed = Self.blame(outcome, graded: graded).filter { setAside[$0.exercise] == nil }
            guard !blamed.isEmpty else { break }
            for (exercise, note) in blamed where setAside[exercise] == nil { setAside[exercise] = note }
        }
        guard let (graded, outcome) = last else { return [] }
        let ran = ExerciseCheck.checks(of: outcome, teacher: teacher) { line in
            if case .teacher(let teacherLine) = graded.origin(of: line) { return teacherLine }
            return nil
        }
        let stopped = Self.stopNote(outcome, graded: graded).map { "not run: the chapter stopped: " + $0 }
        return Self.rows(teacher, student: name, expected: expected) { check in
            let extra = notes[check.exercise] ?? []
            if let reason = setAside[check.exercise] { return (nil, ([reason] + extra).joined(separator: "; ")) }
            guard let result = ran.first(where: { $0.isSame(as: check) }) else {
                return (nil, ([stopped ?? "not run"] + extra).joined(separator: "; "))
            }
            return (result.passed, extra.joined(separator: "; "))
        }
    }

    /// The rows of `student` for `expected`, each with whether it passed (nil: it did not run) and its note.
    static func rows(_ chapter: Chapter, student: String, expected: [ExerciseCheck],
                     verdict: (ExerciseCheck) -> (passed: Bool?, note: String)) -> [CheckGrade] {
        expected.map { check in
            let (passed, note) = verdict(check)
            return CheckGrade(student: student, chapter: chapter.name, exercise: chapter.exercises[check.exercise].number,
                              check: check.claim, passed: passed == true,
                              points: passed == true ? check.possible : 0, possible: check.possible, note: note)
        }
    }

    /// The student's exercise that answers the teacher's exercise at `position`: the one with
    /// its label, or for an exercise without a label, the one with its number.
    private func matchingExercise(_ position: Int, in student: Chapter) -> Int? {
        let exercise = teacher.exercises[position]
        if let label = exercise.label { return student.exercises.firstIndex { $0.label == label } }
        return student.exercises.firstIndex { $0.number == exercise.number }
    }

    /// The code of the `swift tests` cells of the exercise at `position` of `chapter`.
    private func testCode(of position: Int, in chapter: Chapter) -> [String] {
        chapter.cells.filter { $0.exercise == position && $0.mode == .tests }.map(\.code)
    }

    /// The teacher's starter code of the exercise at `position` (none when it has no starter).
    private func starter(of position: Int) -> GradedChapter.Answer {
        let cell = teacher.cells.first { $0.exercise == position && $0.mode == .starter }
        return GradedChapter.Answer(code: cell?.code ?? "", firstLine: nil)
    }

    /// The exercises whose code made the run fail, each with the reason: the exercise of each
    /// compiler error, of the trap's or a mistake's line, or of the cell that was running;
    /// none when the run succeeded or the failure lies outside every exercise.
    static func blame(_ outcome: ChapterOutcome, graded: GradedChapter) -> [(exercise: Int, note: String)] {
        let chapter = outcome.chapter
        func exercise(at location: SourceLocation, cell: Int?) -> Int? {
            if case .student(_, let exercise) = graded.origin(of: location.line) { return exercise }
            return cell.flatMap { index in chapter.cells.first { $0.index == index }?.exercise }
        }
        if let mistake = outcome.errors.first, outcome.result.status == .notRun {
            let location = mistake.location ?? SourceLocation(path: chapter.path)
            guard let blamed = exercise(at: location, cell: nil) else { return [] }
            return [(blamed, "the chapter cannot be read with this code: "
                + "\(graded.describe(location)): error: \(mistake.message)")]
        }
        guard let failure = outcome.result.failure else { return [] }
        if outcome.result.status == .compileFailed {
            var blamed: [(exercise: Int, note: String)] = []
            for error in CompilerDiagnostics.errorsWithNotes(in: failure.details)
            where error.severity == "error" && error.location.path == chapter.path {
                let cell = CompilerDiagnostics.cell(containing: error.location, in: chapter)
                guard let position = exercise(at: error.location, cell: cell),
                      !blamed.contains(where: { $0.exercise == position }) else { continue }
                blamed.append((position, "does not compile: \(graded.describe(error.location)): error: \(error.message)"))
            }
            return blamed
        }
        guard let position = exercise(at: failure.location, cell: failure.cellIndex),
              let note = stopNote(outcome, graded: graded) else { return [] }
        return [(position, note)]
    }

    /// Why the run stopped before its end, in the student's terms; nil when it did not.
    static func stopNote(_ outcome: ChapterOutcome, graded: GradedChapter) -> String? {
        let chapter = outcome.chapter
        if outcome.result.status == .notRun {
            let reason = outcome.errors.first.map { "\($0.message)" } ?? outcome.result.failure?.message
            return reason.map { "the chapter did not run: \($0)" }
        }
        guard let failure = outcome.result.failure else { return nil }
        switch outcome.result.status {
        case .compileFailed:
            return "does not compile: \(graded.describe(failure.location)): error: \(failure.message)"
        case .timedOut:
            let cell = failure.cellIndex.flatMap { index in chapter.cells.first { $0.index == index } }
            let place = cell.map { ", in the cell of \(graded.describe(SourceLocation(path: chapter.path, line: $0.firstCodeLine)))" } ?? ""
            return "timed out: still running after the chapter's time limit of "
                + "\(Format.seconds(chapter.frontMatter.timeLimit))\(place)"
        case .crashed:
            return "trapped: \(graded.describe(failure.location)): \(failure.message)"
        default:
            return "\(failure.message) (\(graded.describe(failure.location)))"
        }
    }
}
