/// Numbers the tables and figures of one chapter in reading order: "Table 3.1", "Figure 3.2".
struct Numbering {
    var chapter: Int
    private var tables = 0
    private var figures = 0

    init(chapter: Int) {
        self.chapter = chapter
    }

    mutating func nextTable() -> String {
        tables += 1
        return "Table \(chapter).\(tables)"
    }

    mutating func nextFigure() -> String {
        figures += 1
        return "Figure \(chapter).\(figures)"
    }
}
