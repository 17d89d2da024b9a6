/// A teacher's chapter with the students' code put in: each exercise's answer cell (its
/// `swift solution` cell, or its starter cell when it has none) holds the code given for it,
/// and every other line, tests and hidden tests included, is the teacher's. It remembers where
/// each of its lines came from, so that an error is reported in the student's own file.
struct GradedChapter {
    /// Where a line of the graded text came from: a line of the teacher's file, or of the
    /// student's, in the answer to the exercise at position `exercise`.
    enum Origin: Equatable {
        case teacher(Int)
        case student(line: Int, exercise: Int)
    }

    /// The code that answers one exercise, and the line of the student's file it starts at
    /// (nil when it is the teacher's starter code, put in for an exercise the submission lacks
    /// or whose code had to be set aside).
    struct Answer: Equatable {
        var code: String
        var firstLine: Int?
    }

    /// The chapter file's text.
    private(set) var text: String
    /// The origin of each line of `text`, by line number minus one.
    private(set) var origins: [Origin]
    /// The lines of the teacher's file that the student's file has too, unchanged (the cells
    /// both copies hold), with their line there: an error on one is reported at the student's.
    var sharedLines: [Int: Int] = [:]

    /// The text of `chapter` (the teacher's, parsed from `teacherText`) with the code of each
    /// exercise's answer cell replaced by `answers[exercise]`, where given.
    init(teacherText: String, chapter: Chapter, answers: [Int: Answer]) {
        var replaced: [Int: (lines: ClosedRange<Int>?, answer: Answer, exercise: Int)] = [:]
        for (position, answer) in answers {
            guard let cell = Self.answerCell(of: position, in: chapter) else { continue }
            let count = Self.lineCount(cell.code)
            let lines = count > 0 ? cell.firstCodeLine...(cell.firstCodeLine + count - 1) : nil
            replaced[cell.firstCodeLine] = (lines, answer, position)
        }
        let teacherLines = teacherText.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [Substring] = []
        var origins: [Origin] = []
        var skipUntil = 0
        for (offset, line) in teacherLines.enumerated() {
            let number = offset + 1
            if let (range, answer, exercise) = replaced[number] {
                let code = answer.code.hasSuffix("\n") ? String(answer.code.dropLast()) : answer.code
                if !answer.code.isEmpty {
                    for (index, codeLine) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        lines.append(codeLine)
                        origins.append(answer.firstLine.map { .student(line: $0 + index, exercise: exercise) } ?? .teacher(number))
                    }
                }
                skipUntil = range?.upperBound ?? 0
                if range == nil {
                    lines.append(line)
                    origins.append(.teacher(number))
                }
                continue
            }
            guard number > skipUntil else { continue }
            lines.append(line)
            origins.append(.teacher(number))
        }
        text = lines.joined(separator: "\n")
        self.origins = origins
    }

    /// The origin of line `line` of the graded text, if it has one.
    func origin(of line: Int) -> Origin? {
        origins.indices.contains(line - 1) ? origins[line - 1] : nil
    }

    /// `location` (in the graded chapter, at `path`) as the student or teacher knows it: the
    /// place in the student's file, or in the teacher's, said so.
    func describe(_ location: SourceLocation) -> String {
        switch origin(of: location.line) {
        case .student(let line, _):
            return SourceLocation(path: location.path, line: line, column: location.column).description
        case .teacher(let line):
            if let theirs = sharedLines[line] {
                return SourceLocation(path: location.path, line: theirs, column: location.column).description
            }
            return SourceLocation(path: location.path, line: line, column: location.column).description
                + " (the teacher's copy)"
        case nil:
            return location.path
        }
    }

    /// The lines of each cell of the teacher's `chapter` that `student` has unchanged, from
    /// fence to fence, with their line in the student's file. The cells of the student's copy
    /// are the teacher's but for solutions and hidden tests, in the same order; when the student
    /// added or removed one, no line is shared.
    static func sharedLines(_ chapter: Chapter, student: Chapter) -> [Int: Int] {
        let teachers = chapter.cells.filter { $0.mode != .solution && $0.mode != .hiddenTests }
        guard teachers.count == student.cells.count else { return [:] }
        var shared: [Int: Int] = [:]
        for (mine, theirs) in zip(teachers, student.cells) where mine.mode == theirs.mode && mine.code == theirs.code {
            for offset in 0...(lineCount(mine.code) + 1) {
                shared[mine.fenceLine + offset] = theirs.fenceLine + offset
            }
        }
        return shared
    }

    /// The cell of exercise `position` that the student's code goes into: its solution cell,
    /// else its starter cell.
    static func answerCell(of position: Int, in chapter: Chapter) -> Cell? {
        let cells = chapter.cells.filter { $0.exercise == position }
        return cells.first { $0.mode == .solution } ?? cells.first { $0.mode == .starter }
    }

    /// The number of lines of a cell's code (whose last line ends with a newline, or not).
    static func lineCount(_ code: String) -> Int {
        guard !code.isEmpty else { return 0 }
        let count = code.split(separator: "\n", omittingEmptySubsequences: false).count
        return code.hasSuffix("\n") ? count - 1 : count
    }
}
