extension Formula {
    /// The formula as MathML; a numbered equation (of chapter `chapter`) is shown with its
    /// number at the right. The parser converted it once already, so it converts.
    func html(chapter: Int) -> HTML {
        let mathML = HTML(unsafe: (try? TeXToMathML.convert(tex, display: display)) ?? "") // lead: drop at merge
        guard let equation else { return mathML }
        return "<span class=\"equation\" id=\"\(equation.anchor)\">\(mathML)"
            + "<span class=\"equation-number\">(\(chapter).\(equation.number))</span></span>"
    }
}
