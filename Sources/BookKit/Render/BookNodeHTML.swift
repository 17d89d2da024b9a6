/// The HTML of the book's own nodes in a document, which only the page being rendered knows
/// (a cell's output, a value, a figure's number); `DocumentRenderer` writes the rest. Without
/// them (a document of Markdown alone), each is empty.
struct BookNodeHTML {
    var cell: (Int) -> HTML = { _ in HTML() }
    var value: (Int) -> HTML = { _ in HTML() }
    var math: (Int) -> HTML = { _ in HTML() }
    var reference: (Int) -> HTML = { _ in HTML() }
    var footnote: (Int) -> HTML = { _ in HTML() }
    var citation: (Int) -> HTML = { _ in HTML() }
    var calloutOpen: (Int) -> HTML = { _ in HTML() }
    var calloutClose: (Int) -> HTML = { _ in HTML() }
    /// The start of section `index`'s heading, up to its text, and its end.
    var sectionOpening: (Int) -> HTML = { _ in HTML() }
    var sectionClosing: (Int) -> HTML = { _ in HTML() }
    /// Prose table `index`: its alignments and whether it has a caption, the opening tag of
    /// its figure, and its number in the caption.
    var table: (Int) -> ProseTable? = { _ in nil }
    var tableOpening: (Int) -> HTML = { _ in HTML() }
    var tableNumber: (Int) -> HTML = { _ in HTML() }
}
