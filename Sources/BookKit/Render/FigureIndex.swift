/// The numbered tables, figures and equations of one chapter, in reading order: their numbers
/// ("Table 3.1", "Figure 3.2", "Equation (3.1)"), their anchors in the page, and the labels
/// prose refers to them by. Tables of the prose are numbered with the others when they have a
/// caption; equations are those with `\label{eq:…}`, numbered apart, and exercises are numbered
/// apart too.
struct FigureIndex {
    struct Entry: Equatable {
        var kind: CrossReference.Kind
        /// "Figure 3.2".
        var number: String
        /// The `id` of the `<figure>`: from the label when there is one (`fig-overfit`), else
        /// from the number (`figure-3-2`).
        var anchor: String
        var label: String?
        /// The cell that made it, or nil for a table of the prose.
        var cellIndex: Int?
        /// The table of the prose it is, or nil for one a cell made.
        var proseTableIndex: Int? = nil
        /// The line of the cell's fence or of the table's header row.
        var line: Int
        /// What `\eqref` shows: "(3.2)"; nil for tables and figures.
        var bareNumber: String? = nil
    }

    /// The chapter's name (`03-implementation`) and page.
    private(set) var chapterName = ""
    private(set) var pageName = ""

    private(set) var entries: [Entry] = []

    /// Numbers the tables and figures that the cells of `chapter` produced in `result`.
    init(chapter: Chapter, result: ChapterResult) {
        chapterName = chapter.name
        pageName = chapter.pageName
        var counts: [CrossReference.Kind: Int] = [:]
        func number(_ kind: CrossReference.Kind, _ label: String?) -> (number: String, anchor: String) {
            let count = (counts[kind] ?? 0) + 1
            counts[kind] = count
            let anchor = label.map { "\(kind.rawValue)-\($0)" }
                ?? "\(kind.word.lowercased())-\(chapter.number)-\(count)"
            return (chapter.language.words.number(kind, "\(chapter.number).\(count)"), anchor)
        }
        var proseTables = chapter.proseTables.filter(\.hasCaption)[...]
        for cell in chapter.cells {
            while let table = proseTables.first, table.line < cell.fenceLine {
                proseTables.removeFirst()
                let (text, anchor) = number(.table, table.label)
                entries.append(Entry(kind: .table, number: text, anchor: anchor, label: table.label,
                                     cellIndex: nil, proseTableIndex: table.index, line: table.line))
            }
            for item in result.output(ofCell: cell.index)?.items ?? [] {
                let kind: CrossReference.Kind
                let label: String?
                switch item {
                case .table(let table): (kind, label) = (.table, table.label)
                case .chart(let chart): (kind, label) = (.figure, chart.label)
                case .check: continue
                }
                let (text, anchor) = number(kind, label)
                entries.append(Entry(kind: kind, number: text, anchor: anchor, label: label,
                                     cellIndex: cell.index, line: cell.fenceLine))
            }
        }
        for table in proseTables {
            let (text, anchor) = number(.table, table.label)
            entries.append(Entry(kind: .table, number: text, anchor: anchor, label: table.label,
                                 cellIndex: nil, proseTableIndex: table.index, line: table.line))
        }
        for equation in chapter.equations {
            let tag = "(\(chapter.number).\(equation.number))"
            entries.append(Entry(kind: .equation, number: chapter.language.words.number(.equation, tag),
                                 anchor: equation.anchor,
                                 label: equation.label, cellIndex: nil, line: equation.line, bareNumber: tag))
        }
        for exercise in chapter.exercises {
            entries.append(Entry(kind: .exercise, number: chapter.language.words.number(.exercise, exercise.number),
                                 anchor: exercise.anchor, label: exercise.label, cellIndex: nil,
                                 line: exercise.line))
        }
    }

    /// Whether `reference` names a label of this chapter (written without a chapter, or with
    /// this chapter's name).
    func isLocal(_ reference: CrossReference) -> Bool {
        reference.kind != .chapter && (reference.chapter == nil || reference.chapter == chapterName)
    }

    /// The entries of cell `index`, in the order the cell made them.
    func entries(ofCell index: Int) -> [Entry] { entries.filter { $0.cellIndex == index } }

    /// The entry of table `index` of the prose, when it has a caption.
    func entry(ofProseTable index: Int) -> Entry? { entries.first { $0.proseTableIndex == index } }

    /// The table or figure that `reference` names, if the chapter made it.
    func entry(for reference: CrossReference) -> Entry? {
        entries.first { $0.kind == reference.kind && $0.label == reference.label }
    }

    /// Throws at the first mistake of labels and references: a label that cannot be written
    /// in prose, one label on two tables or two figures, or (when the chapter ran to its end,
    /// so that every figure was made) a reference that names nothing.
    func validate(_ chapter: Chapter, ranToEnd: Bool) throws {
        var seen: [String: Entry] = [:]
        for entry in entries {
            guard let label = entry.label else { continue }
            let location = SourceLocation(path: chapter.path, line: entry.line, column: 1)
            guard CrossReference.isValidLabel(label) else {
                throw BookError(.input, at: location, "the label '\(label)' of \(entry.number) is not valid",
                                hint: "a label is made of ASCII letters, digits, '-' and '_'")
            }
            let key = "\(entry.kind.rawValue):\(label)"
            if let first = seen[key] {
                throw BookError(.input, at: location,
                                "\(first.number) and \(entry.number) have the same label '\(label)'",
                                hint: "give each \(entry.kind.word.lowercased()) of a chapter its own label")
            }
            seen[key] = entry
        }
        // Equations and exercises are known without running the chapter.
        for reference in chapter.references
        where isLocal(reference) && (ranToEnd || [.equation, .exercise].contains(reference.kind))
            && entry(for: reference) == nil {
            throw missingLabel(reference, in: chapter, whose: "this chapter")
        }
    }

    /// The error of a reference from `chapter` to a label this index does not have.
    func missingLabel(_ reference: CrossReference, in chapter: Chapter, whose owner: String) -> BookError {
        let known = entries.filter { $0.kind == reference.kind }.compactMap(\.label)
        let place = SourceLocation(path: chapter.path, line: reference.line, column: reference.column)
        let hint: String
        switch reference.kind {
        case _ where !known.isEmpty: hint = "its labels are: " + known.joined(separator: ", ")
        case .equation:
            hint = "number a display formula with \\label{eq:\(reference.label)} inside its $$…$$"
        case .exercise: hint = "label one: ::: {.exercise label=\"\(reference.label)\"}"
        case .figure: hint = "label one in its cell: LineChart(..., label: \"\(reference.label)\")"
        default: hint = "label one in its cell: Table(..., label: \"\(reference.label)\")"
        }
        return BookError(.input, at: place,
                         "no \(reference.kind.word.lowercased()) of \(owner) "
                             + "has the label '\(reference.label)'",
                         hint: hint)
    }
}
