/// The feedback page of one student (`STUDENT.html`): the total, then each exercise's checks,
/// passed or failed, with points and the reason a check scored nothing. Everything that comes
/// from a submission (the name, compiler messages about the student's code) is escaped.
enum FeedbackPage {
    static func fileName(_ student: String) -> String { student + ".html" }

    static func html(_ grades: StudentGrades) -> HTML {
        var exercises: [(chapter: String, exercise: String, checks: [CheckGrade])] = []
        for check in grades.checks {
            if let last = exercises.last, last.chapter == check.chapter, last.exercise == check.exercise {
                exercises[exercises.count - 1].checks.append(check)
            } else {
                exercises.append((check.chapter, check.exercise, [check]))
            }
        }
        let sections = exercises.map { exercise -> HTML in
            let earned = exercise.checks.reduce(0) { $0 + $1.points }
            let possible = exercise.checks.reduce(0) { $0 + $1.possible }
            let rows = exercise.checks.map { check -> HTML in
                let mark: HTML = check.passed ? "<td class=\"passed\">passed</td>" : "<td class=\"failed\">failed</td>"
                return "<tr><td>\(check.check)</td>\(mark)<td class=\"points\">\(check.points) / \(check.possible)"
                    + "</td><td>\(check.note)</td></tr>\n"
            }
            return """
                <section>
                <h2>Exercise \(exercise.exercise) <small>(\(exercise.chapter))</small></h2>
                <p>\(earned) of \(possible) points.</p>
                <table>
                <thead><tr><th>check</th><th>result</th><th>points</th><th>note</th></tr></thead>
                <tbody>
                \(HTML(joining: rows))</tbody>
                </table>
                </section>

                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Feedback: \(grades.student)</title>
            <style>
            body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th:nth-child(2), th:nth-child(3) { width: 5em; } th:nth-child(4) { width: 35%; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            .passed { color: #1a7f37; } .failed { color: #b42318; } .points { white-space: nowrap; }
            </style>
            </head>
            <body>
            <h1>Feedback: \(grades.student)</h1>
            <p class="total">\(grades.points) of \(grades.possible) points.</p>
            \(HTML(joining: sections))</body>
            </html>

            """
    }
}
