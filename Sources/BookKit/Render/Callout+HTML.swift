extension Callout {
    /// The HTML that opens the callout; `title` is its `title="…"` rendered. A title from a
    /// heading follows as a `Block.calloutTitle`. An exercise is `exercise` of the chapter (its
    /// number and anchor); a solution opens a `<details>` element.
    func openingHTML(exercise: Exercise?, words: PageWords, title: HTML) -> HTML {
        if kind == .solution {
            return "<details class=\"solution\">\n<summary>\(words.solution)</summary>\n"
        }
        if let exercise {
            let heading = words.number(.exercise, exercise.number)
            return "<div class=\"callout callout-exercise\" id=\"\(exercise.anchor)\" role=\"note\">\n"
                + "<p class=\"callout-title\">\(heading)\(self.title == nil ? HTML() : ": " + title)</p>\n"
        }
        var out: HTML = "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n"
        if titleLine == nil {
            let text: HTML = self.title == nil ? "\(words.callout(kind))" : title
            out += "<p class=\"callout-title\">\(text)</p>\n"
        }
        return out
    }

    /// The HTML that closes the callout.
    var closingHTML: HTML { kind == .solution ? "</details>\n" : "</div>\n" }
}
