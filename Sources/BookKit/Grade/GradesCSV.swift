/// `grades.csv`: one row per student and check, as RFC 4180 has it (a header, CRLF line ends,
/// a field quoted when it holds a comma, a quote or a line break, quotes doubled), students in
/// name order, each's checks in the book's order.
enum GradesCSV {
    static let name = "grades.csv"
    static let header = ["student", "chapter", "exercise", "check", "passed", "points", "possible", "note"]

    static func text(_ students: [StudentGrades]) -> String {
        var lines = [header.map(field).joined(separator: ",")]
        for grade in students.sorted(by: { $0.student < $1.student }).flatMap(\.checks) {
            let fields = [grade.student, grade.chapter, grade.exercise, grade.check, grade.passed ? "yes" : "no",
                          String(grade.points), String(grade.possible), grade.note]
            lines.append(fields.map(field).joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// `text` as a CSV field.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
