import Foundation

/// Turns the text of a chapter file into a `Chapter`: front matter, cells, inline values,
/// headings and the prose as a document (`Block`). Markdown is parsed by cmark only.
public enum ChapterParser {
    /// Parses chapter number `number` named `slug` whose file is at `path` (relative to the
    /// book's root). Throws a `BookError` naming the file and line of the first mistake.
    public static func parse(
        _ text: String, number: Int, slug: String, path: String, allowRawHTML: Bool = false,
        bibliography: Bibliography = Bibliography(), language: PageLanguage = .english,
        edition: Edition = .teacher
    ) throws -> Chapter {
        // Windows line endings (CR LF) read as plain line ends; lines and columns do not move.
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let (frontMatter, fullSource) = try FrontMatterParser.split(text, path: path)
        let source = edition.filter(fullSource)
        let marks = SourceMarks(avoiding: source)
        // The scans before the parse leave code alone; CodeBlockScanner finds it as cmark would.
        let sourceBlocks = CodeBlockScanner.blocks(in: source)
        try requireClosedFences(sourceBlocks, path: path)
        let codeLines = Set(sourceBlocks.flatMap { $0.line...max($0.line, $0.endLine) })
        let (body, spans) = try MathScanner.protect(source, codeLines: codeLines, marks: marks, path: path)
        var equations: [Equation] = []
        let formulas = try spans.map { try Formula($0, path: path, equations: &equations) }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bodyCodeLines = CodeBlockScanner.codeLines(in: body)
        var callouts = try CalloutScanner.protect(&lines, codeLines: bodyCodeLines, marks: marks, path: path)
        let definitions = try FootnoteScanner.protect(&lines, codeLines: bodyCodeLines, marks: marks,
                                                      path: path)
        let tables = try PipeTableScanner.protect(&lines, codeLines: bodyCodeLines, marks: marks, path: path)
        let document = Cmark.document(of: lines.joined(separator: "\n"))
        let outline = MarkdownOutline(document)

        var cellIndexByBlock: [Int: Int] = [:]
        var cells: [Cell] = []
        for (blockIndex, block) in outline.fencedBlocks.enumerated() {
            guard let mode = try cellMode(block, path: path) else { continue }
            cellIndexByBlock[blockIndex] = cells.count
            cells.append(Cell(index: cells.count, mode: mode, code: block.code, fenceLine: block.line))
        }
        try requireCut(cells, edition: edition, path: path)
        let exercises = try assignExercises(callouts.callouts, to: &cells, chapter: number, path: path)
        let prose = try ProseMarks(outline.textRuns, path: path)
        let footnotes = try Footnotes(definitions: definitions, references: prose.footnotes, path: path)
        let citations = try Citations(prose.citations, bibliography: bibliography, path: path)
        var assembler = BodyAssembler(marks: marks, tables: tables)

        // Headings that are callout titles are not sections of the chapter, nor are the
        // headings that stand for an opening fence with a title="…" (`CalloutScanner`).
        let titleLines = Set(callouts.callouts.compactMap(\.titleLine))
        let openingLines = Set(callouts.callouts.filter { $0.title != nil }.map(\.line))
        let sections = SectionAnchors.sections(for: outline.headings.filter {
            !titleLines.contains($0.line) && !openingLines.contains($0.line)
        })
        var sectionCount = 0
        var titles: [Int: [Inline]] = [:]
        let rewrite = BookNodeRewrite(
            fencedBlock: { index, _ in cellIndexByBlock[index].map(Block.cell) },
            textRun: { index, _ in prose.rewrittenRuns[index] },
            heading: { _, heading, content in
                if openingLines.contains(heading.line),
                   case let .calloutOpen(index)? = callouts.fences[heading.line] {
                    titles[index] = content
                    return .calloutOpen(index)
                }
                guard titleLines.contains(heading.line) else {
                    defer { sectionCount += 1 }
                    return .section(sectionCount, content)
                }
                // The title's text starts with the mark the callout scanner put there.
                guard case let .text(text, line, column) = content.first else { return nil }
                let title = Inline.text(String(text.dropFirst()), line: line, column: column)
                return .calloutTitle([title] + content.dropFirst())
            },
            thematicBreak: { line in callouts.fences[line] }
        )
        let blocks = assembler.assemble(rewrite.apply(to: document))
        for (index, title) in titles where !title.isEmpty {
            let line = callouts.callouts[index].line
            callouts.callouts[index].titleBlocks = assembler.assemble([.paragraph(title, line: line)])
        }
        let warnings = allowRawHTML ? [] : outline.rawHTML.map { html in
            BookWarning(at: SourceLocation(path: path, line: html.line, column: 1),
                        "raw HTML \(html.isBlock ? "block" : "tag") dropped: "
                            + "the book does not allow raw HTML",
                        hint: "set 'allow-raw-html: true' in chapters/book.yml to keep it, "
                            + "or write it in Markdown")
        }
        var chapter = Chapter(
            number: number, slug: slug, path: path, frontMatter: frontMatter, cells: cells,
            inlineValues: prose.inlineValues, references: prose.references, headings: sections,
            proseTables: tables, warnings: warnings, equations: equations,
            language: language, exercises: exercises, edition: edition,
            editionChangedText: source != fullSource
        )
        chapter.body = blocks
        chapter.callouts = callouts.callouts
        chapter.formulas = formulas
        chapter.footnotes = footnotes
        chapter.footnoteContents = assembler.definitions
        chapter.citations = citations
        chapter.allowsRawHTML = allowRawHTML
        return chapter
    }

    /// The exercises among `callouts`, numbered in reading order, with each cell of an exercise's
    /// kind (`starter`, `solution`, `tests`, `hidden-tests`) marked as belonging to the exercise
    /// around it. Throws at an exercise inside another, a solution block or an exercise's cell
    /// outside any exercise, and a second starter or solution cell in one exercise.
    static func assignExercises(_ callouts: [Callout], to cells: inout [Cell], chapter: Int,
                                path: String) throws -> [Exercise] {
        func error(_ line: Int, _ message: String, hint: String) -> BookError {
            BookError(.input, at: SourceLocation(path: path, line: line, column: 1), message, hint: hint)
        }
        let boxes = callouts.filter { $0.kind == .exercise }
        var exercises: [Exercise] = []
        for box in boxes {
            if let outer = boxes.first(where: { $0.line < box.line && box.line < $0.endLine }) {
                throw error(box.line, "this exercise is inside the exercise of line \(outer.line)",
                            hint: "close the first exercise (:::) before the next one starts")
            }
            exercises.append(Exercise(number: "\(chapter).\(exercises.count + 1)", label: box.label,
                                      line: box.line, endLine: box.endLine, hasSolution: false))
        }
        func exercise(around line: Int) -> Int? {
            exercises.firstIndex { $0.line < line && line < $0.endLine }
        }
        for solution in callouts where solution.kind == .solution && exercise(around: solution.line) == nil {
            throw error(solution.line, "a solution block belongs inside an exercise",
                        hint: "put ::: {.solution} … ::: between the lines of ::: {.exercise} and its :::")
        }
        var seen: [String: Int] = [:]
        for position in cells.indices {
            let cell = cells[position]
            guard [.starter, .solution, .tests, .hiddenTests].contains(cell.mode) else { continue }
            guard let owner = exercise(around: cell.fenceLine) else {
                throw error(cell.fenceLine, "a 'swift \(cell.mode.rawValue)' cell belongs inside an exercise",
                            hint: "put it between the lines of ::: {.exercise} and its closing :::, "
                                + "or make it an ordinary cell ('swift')")
            }
            cells[position].exercise = owner
            guard cell.mode == .starter || cell.mode == .solution else { continue }
            let key = "\(owner) \(cell.mode.rawValue)"
            if let first = seen[key] {
                throw error(cell.fenceLine, "Exercise \(exercises[owner].number) already has a "
                                + "'swift \(cell.mode.rawValue)' cell, at line \(first)",
                            hint: "an exercise has at most one starter cell and one solution cell; "
                                + "merge them into one")
            }
            seen[key] = cell.fenceLine
            if cell.mode == .solution { exercises[owner].hasSolution = true }
        }
        for position in cells.indices where cells[position].mode == .starter {
            cells[position].isReplacedBySolution = cells[position].exercise.map { exercises[$0].hasSolution } ?? false
        }
        return exercises
    }

    /// Throws at a solution or hidden-tests cell left in the student's edition: its fence's info
    /// string is written with escapes (`hidden\-tests`, `&#32;`) that cmark reads and the
    /// edition's cut, which reads the text before the parse, does not.
    static func requireCut(_ cells: [Cell], edition: Edition, path: String) throws {
        guard edition == .student,
              let cell = cells.first(where: { [.solution, .hiddenTests].contains($0.mode) }) else { return }
        throw BookError(.input, at: SourceLocation(path: path, line: cell.fenceLine, column: 1),
                        "the student's edition cannot leave out this '\(cell.mode.rawValue)' cell: its "
                            + "fence is written with escapes or character references",
                        hint: "write the fence's info string plainly: ```swift \(cell.mode.rawValue)")
    }

    /// Throws at the first fence that is never closed.
    static func requireClosedFences(_ blocks: [CodeBlockLines], path: String) throws {
        guard let open = blocks.first(where: { !$0.isClosed }) else { return }
        throw BookError(.input, at: SourceLocation(path: path, line: open.line, column: open.column),
                        "this code fence is never closed, so the rest of the file would be code",
                        hint: "end the code with a line of the same fence (```)")
    }

    /// The mode of a fenced block whose info string's first word is `swift`; nil for others.
    static func cellMode(_ block: FencedBlock, path: String) throws -> Cell.Mode? {
        let words = block.info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first == "swift" else { return nil }
        guard words.count <= 2 else {
            let options = words.dropFirst().joined(separator: " ")
            throw BookError(.input, at: SourceLocation(path: path, line: block.line, column: block.column),
                            "a cell takes at most one option, found '\(options)'",
                            hint: "use 'swift', 'swift hidden', 'swift fold' or 'swift norun' (and, in an "
                                + "exercise, 'swift starter', 'swift solution', 'swift tests' or "
                                + "'swift hidden-tests')")
        }
        guard let option = words.dropFirst().first else { return .run }
        guard let mode = Cell.Mode(rawValue: String(option)), mode != .run else {
            throw BookError(.input, at: SourceLocation(path: path, line: block.line, column: block.column),
                            "unknown cell option '\(option)'",
                            hint: "use 'swift' (show and run), 'swift hidden' (run only), "
                                + "'swift fold' (run, code folded) or 'swift norun' (show only); in an "
                                + "exercise: 'swift starter', 'swift solution', 'swift tests', "
                                + "'swift hidden-tests'")
        }
        return mode
    }
}
