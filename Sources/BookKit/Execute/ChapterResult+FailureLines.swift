extension ChapterResult {
    /// The failure as the terminal shows it, in the compiler's format: for a chapter that did
    /// not compile, every error of the compiler in order, each followed by its notes (a page
    /// shows the failure at one cell, the terminal must show them all); else its one line.
    /// Empty when the chapter did not fail.
    public var failureLines: [String] {
        guard let failure else { return [] }
        if status == .compileFailed {
            let errors = CompilerDiagnostics.errorsWithNotes(in: failure.details)
            if !errors.isEmpty { return errors.map(\.text) }
        }
        return ["\(failure.location): error: \(failure.message)"]
    }
}
