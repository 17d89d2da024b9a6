internal import NotebookChannel

/// Records a claim of the chapter and whether it holds. `book test` reports every check as a
/// test; `book build` shows it under its cell and fails when it does not hold.
///
/// A check does not stop the program: the chapter goes on, so that every failing claim is seen.
/// In an exercise's `swift tests` or `swift hidden-tests` cell, `points` is what the check is
/// worth when it holds (`check(x > 0, "…", points: 2)`); the page shows it beside the claim.
public func check(_ condition: Bool, _ claim: String, points: Int? = nil, line: Int = #line) {
    var object = JSONObject(event: .check)
    object.add(.passed, condition)
    object.add(.claim, claim)
    object.add(.line, line)
    if let points { object.add(.points, points) }
    OutputChannel.send(object)
}

/// Publishes a named value in `output/results.json`, under the chapter that exports it.
/// Names must be unique within a chapter.
public func export(_ name: String, _ value: some NotebookValue) {
    var object = JSONObject(event: .export)
    object.add(.name, name)
    object.add(.json, value.notebookJSON)
    object.add(.text, value.notebookText)
    OutputChannel.send(object)
}
