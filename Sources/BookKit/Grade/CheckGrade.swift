/// One check of one exercise, as one student's code fared: a row of `grades.csv`.
public struct CheckGrade: Equatable, Sendable {
    public var student: String
    /// The chapter's name (`01-sums`).
    public var chapter: String
    /// The exercise's number ("1.2").
    public var exercise: String
    /// The check's claim, as the teacher's test states it.
    public var check: String
    public var passed: Bool
    /// The points earned: all of `possible` when it passed, else none.
    public var points: Int
    /// What the check is worth: its `points:`, or one point when it gives none.
    public var possible: Int
    /// Why it scored nothing when the student's code did not compile, trapped or ran too long;
    /// that the submission's tests were edited; empty otherwise.
    public var note: String
}

/// Every check one student was graded on, in the book's order.
public struct StudentGrades: Equatable, Sendable {
    public var student: String
    public var checks: [CheckGrade]

    public var points: Int { checks.reduce(0) { $0 + $1.points } }
    public var possible: Int { checks.reduce(0) { $0 + $1.possible } }
}
