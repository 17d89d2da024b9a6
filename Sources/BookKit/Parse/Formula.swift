/// A formula of a chapter's prose, checked: its TeX (without its `\label`), whether it is shown
/// on display, and the numbered equation it is, if any. `TeXToMathML` turns it into MathML
/// when the page is rendered.
struct Formula: Equatable, Sendable {
    var tex: String
    var display: Bool
    var equation: Equation?

    /// The formula of `span`, checked by converting it (and discarding the MathML), so that a
    /// mistake is a `BookError` at its line, quoting the formula around it, before anything
    /// runs. A display formula with `\label{eq:name}` is numbered after `equations` (the
    /// chapter's so far) and added to them.
    init(_ span: MathSpan, path: String, equations: inout [Equation]) throws {
        func error(_ message: String, at offset: Int) -> BookError {
            let line = FormulaExcerpt.line(of: offset, in: span.tex, from: span.line)
            return BookError(.input, at: SourceLocation(path: path, line: line, column: 1),
                             "in the formula '\(FormulaExcerpt.quote(span.tex, around: offset))', "
                                 + "at its character \(offset + 1): \(message)",
                             hint: "the book supports a subset of TeX, listed in docs/MATH.md")
        }
        var tex = span.tex
        var label: (name: String, offset: Int)?
        if span.display {
            do {
                (tex, label) = try EquationLabelScanner.extract(span.tex)
            } catch let failure as EquationLabelScanner.LabelError {
                throw error(failure.message, at: failure.offset)
            }
        }
        do {
            _ = try TeXToMathML.convert(tex, display: span.display)
        } catch let failure as TeXToMathML.Failure {
            // Columns past the label are columns of the formula without it.
            var offset = failure.column - 1
            if let label, offset >= label.offset { offset += "\\label{eq:\(label.name)}".count }
            throw error(failure.message, at: offset)
        }
        self.tex = tex
        display = span.display
        guard let label else { return }
        let line = FormulaExcerpt.line(of: label.offset, in: span.tex, from: span.line)
        if let first = equations.first(where: { $0.label == label.name }) {
            throw BookError(.input, at: SourceLocation(path: path, line: line, column: 1),
                            "the label 'eq:\(label.name)' is already on the formula of line \(first.line)",
                            hint: "give each numbered formula of a chapter its own label")
        }
        equation = Equation(label: label.name, number: equations.count + 1, line: line)
        equations.append(equation!)
    }
}
