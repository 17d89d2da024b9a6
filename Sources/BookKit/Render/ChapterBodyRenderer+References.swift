extension ChapterBodyRenderer {
    /// A link for `reference`: to an anchor of this page, to another chapter's page, or to an
    /// anchor of it (from `others`, or its equations and exercises when `others` lacks it). What
    /// cannot be resolved (the chapter failed, or a partial build did not make the other
    /// chapter) is shown as "Figure ??".
    func referenceHTML(_ reference: CrossReference) -> HTML {
        let words = chapter.language.words
        func link(_ href: String, _ text: String) -> HTML {
            "<a class=\"xref\" href=\"\(href)\">\(text)</a>"
        }
        func text(_ entry: FigureIndex.Entry) -> String {
            reference.isBareNumber ? entry.bareNumber ?? entry.number : entry.number
        }
        if reference.kind == .chapter,
           let target = book.chapters.first(where: { $0.name == reference.label }) {
            return link(target.pageName, words.chapter(target.number))
        }
        if figures.isLocal(reference), let entry = figures.entry(for: reference) {
            return link("#" + entry.anchor, text(entry))
        }
        if let name = reference.chapter, let target = book.chapters.first(where: { $0.name == name }) {
            if let entry = others[name]?.entry(for: reference) {
                return link(target.pageName + "#" + entry.anchor, text(entry))
            }
            if reference.kind == .equation,
               let equation = target.equations.first(where: { $0.label == reference.label }) {
                let tag = "(\(target.number).\(equation.number))"
                return link(target.pageName + "#" + equation.anchor,
                            reference.isBareNumber ? tag : words.number(.equation, tag))
            }
            if reference.kind == .exercise,
               let exercise = target.exercises.first(where: { $0.label == reference.label }) {
                return link(target.pageName + "#" + exercise.anchor, words.number(.exercise, exercise.number))
            }
        }
        return "<span class=\"xref missing\" title=\"not made: the chapter failed\">"
            + "\(words.number(reference.kind, "??"))</span>"
    }
}
