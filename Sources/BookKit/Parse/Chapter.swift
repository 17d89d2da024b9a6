/// One chapter of the book, parsed: its settings, its cells and inline values, and its prose
/// as a document of Markdown blocks and the book's own nodes, which `PageRenderer` renders.
public struct Chapter: Sendable {
    /// The reading position, from the file name (`01` in `01-introduction.md`).
    public var number: Int
    /// The file name without number and extension (`introduction`); also the page name.
    public var slug: String
    /// The path relative to the book's root, as messages and `#sourceLocation` show it.
    public var path: String
    public var frontMatter: FrontMatter
    public var cells: [Cell]
    public var inlineValues: [InlineValue]
    /// The `@fig:` and `@tbl:` references of the prose, in reading order.
    public var references: [CrossReference]
    public var headings: [Section]
    /// The prose, parsed once: Markdown blocks and the book's nodes (cells, values, formulas…).
    var body: [Block] = []
    /// The callouts (and exercises and solutions) of the prose, in reading order.
    var callouts: [Callout] = []
    /// The formulas of the prose, in reading order.
    var formulas: [Formula] = []
    /// The footnotes, and the content of each definition by index; nil before parsing.
    var footnotes: Footnotes?
    var footnoteContents: [Int: [Inline]] = [:]
    /// The citations, checked against the bibliography; nil before parsing.
    var citations: Citations?
    /// Whether the body's raw HTML is kept (the book's `allow-raw-html`).
    var allowsRawHTML = false
    /// The tables written in the prose, in reading order.
    var proseTables: [ProseTable] = []
    /// What the parser noticed without failing (raw HTML that was dropped), in reading order.
    public var warnings: [BookWarning] = []
    /// The numbered display formulas, in reading order.
    public var equations: [Equation] = []
    /// The mistake that kept this chapter from being parsed, when the book was loaded keeping
    /// broken chapters (`Book.load(root:keepingBrokenChapters:)`): it has no cells and no prose,
    /// is not run, and its page shows the mistake.
    public var mistake: BookError?
    /// The language of the page, from the book's settings.
    public var language = PageLanguage.english
    /// The exercises, in reading order.
    public var exercises: [Exercise] = []
    /// The edition it was parsed for (`Edition.filter` was applied to its text).
    public var edition = Edition.teacher
    /// Whether the edition left something out of its text (the student's edition, and a
    /// solution, hidden tests or solution prose to leave out); only then is the edition part of
    /// its cache key, since otherwise both editions run the same text.
    public var editionChangedText = false

    /// The name of the copy of its Markdown source that the site offers for download.
    public var sourceName: String { name + ".md" }

    /// The chapter's identifier as users type it on the command line (`01-introduction`).
    public var name: String { String(format2: number) + "-" + slug }
    /// The page this chapter becomes in the site.
    public var pageName: String { name + ".html" }
    /// The cells that run, in order: not `norun` cells, nor the starter cell of an exercise
    /// whose solution runs in its place.
    public var runnableCells: [Cell] { cells.filter(\.runs) }

    /// The chapter of the file at `path` (`text`) that `mistake` kept from being parsed: its
    /// title, and section, from its front matter when that could be read, else its file name.
    static func broken(number: Int, slug: String, path: String, text: String,
                       mistake: BookError) -> Chapter {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
        let read = try? FrontMatterParser.split(lines, path: path).0
        var frontMatter = FrontMatter(title: read?.title ?? String(format2: number) + "-" + slug)
        frontMatter.articleSection = read?.articleSection
        return Chapter(number: number, slug: slug, path: path, frontMatter: frontMatter, cells: [],
                       inlineValues: [], references: [], headings: [], mistake: mistake)
    }
}

/// A heading of a chapter, with the anchor it gets in the page.
public struct Section: Equatable, Sendable {
    public var level: Int
    public var title: String
    public var anchor: String
    public var line: Int
}

/// A fenced Swift code block of a chapter.
public struct Cell: Equatable, Sendable {
    /// How a cell is treated, from its info string.
    public enum Mode: String, Sendable {
        /// `swift`: shown and run.
        case run
        /// `swift hidden`: run, code not shown (its outputs are).
        case hidden
        /// `swift norun`: shown, never run.
        case display = "norun"
        /// `swift fold`: run, code shown folded under a one-line summary (plotting, tables).
        case fold
        /// `swift starter`, in an exercise: what the student starts from; run unless the
        /// exercise has a solution cell, and then shown before it.
        case starter
        /// `swift solution`, in an exercise: run in place of the starter, shown folded.
        case solution
        /// `swift tests`, in an exercise: checks that grade it, shown to students.
        case tests
        /// `swift hidden-tests`, in an exercise: checks only the teacher's copy has.
        case hiddenTests = "hidden-tests"
    }

    /// Position among all the Swift blocks of the chapter.
    public var index: Int
    public var mode: Mode
    public var code: String
    /// The line of the opening fence.
    public var fenceLine: Int
    /// The position in `Chapter.exercises` of the exercise it belongs to, if any.
    public var exercise: Int? = nil
    /// A starter cell whose exercise has a solution, which runs instead.
    public var isReplacedBySolution = false

    /// Whether the cell is part of the chapter's program.
    public var runs: Bool { mode != .display && !isReplacedBySolution }
    /// The line of the first line of code.
    public var firstCodeLine: Int { fenceLine + 1 }

    /// The summary a folded cell shows: its first line when that is a `//` comment (nil
    /// otherwise: the page's words give a generic one).
    public var foldSummary: String? {
        let first = code.prefix(while: { $0 != "\n" }).trimmingCharacters(in: .whitespaces)
        guard first.hasPrefix("//") else { return nil }
        let text = first.drop(while: { $0 == "/" }).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}

/// A `{{ expression }}` in prose, evaluated after the chapter's cells.
public struct InlineValue: Equatable, Sendable {
    public var index: Int
    public var expression: String
    /// Where the expression itself starts (after `{{` and spaces).
    public var line: Int
    public var column: Int
}

extension String {
    /// Two-digit zero-padded chapter number.
    init(format2 number: Int) {
        self = number < 10 ? "0\(number)" : "\(number)"
    }
}
