extension Formula {
    /// The formula as MathML; a numbered equation (of chapter `chapter`) is shown with its
    /// number at the right. The parser converted it once already (to report a mistake at its
    /// line), so the conversion here cannot fail.
    func html(chapter: Int) -> HTML {
        let mathML = (try? TeXToMathML.convert(tex, display: display)) ?? HTML()
        guard let equation else { return mathML }
        return "<span class=\"equation\" id=\"\(equation.anchor)\">\(mathML)"
            + "<span class=\"equation-number\">(\(chapter).\(equation.number))</span></span>"
    }
}
