import Foundation

/// Turns the text of a chapter file into a `Chapter`: front matter, cells, inline values,
/// headings and the prose's HTML template. Markdown is parsed by cmark only.
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
        let sourceBlocks = Cmark.outline(of: source).fencedBlocks
        try requireClosedFences(sourceBlocks, in: source, path: path)
        let codeLines = Set(sourceBlocks.flatMap { $0.line...max($0.line, $0.endLine) })
        let (body, formulas) = try MathScanner.protect(source, codeLines: codeLines, path: path)
        var equations: [Equation] = []
        let mathML = try formulas.map { formula in
            try formulaHTML(formula, number: number, path: path, equations: &equations)
        }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bodyBlocks = Cmark.outline(of: body).fencedBlocks
        let bodyCodeLines = Set(bodyBlocks.flatMap { $0.line...max($0.line, $0.endLine) })
        let callouts = try CalloutScanner.protect(&lines, codeLines: bodyCodeLines, path: path)
        let definitions = try FootnoteScanner.protect(&lines, codeLines: bodyCodeLines, path: path)
        let tables = try PipeTableScanner.protect(&lines, codeLines: bodyCodeLines, path: path)
        let marked = lines.joined(separator: "\n")
        let outline = Cmark.outline(of: marked)

        var cellIndexByBlock: [Int: Int] = [:]
        var cells: [Cell] = []
        for (blockIndex, block) in outline.fencedBlocks.enumerated() {
            guard let mode = try cellMode(block, path: path) else { continue }
            cellIndexByBlock[blockIndex] = cells.count
            cells.append(Cell(index: cells.count, mode: mode, code: block.code, fenceLine: block.line))
        }
        let exercises = try assignExercises(callouts.callouts, to: &cells, chapter: number, path: path)
        let prose = try ProseMarks(outline.textRuns, path: path)
        let footnotes = try Footnotes(definitions: definitions, references: prose.footnotes, path: path)
        let citations = try Citations(prose.citations, bibliography: bibliography, path: path)

        // Headings that are callout titles are not sections of the chapter.
        let titleLines = Set(callouts.callouts.compactMap(\.titleLine))
        let sectionHeadings = outline.headings.filter { !titleLines.contains($0.line) }
        var sectionIndexOfHeading: [Int: Int] = [:]
        for (index, heading) in outline.headings.enumerated() where !titleLines.contains(heading.line) {
            sectionIndexOfHeading[index] = sectionIndexOfHeading.count
        }
        let sections = SectionAnchors.sections(for: sectionHeadings)
        let rewrite = MarkdownRewrite(
            fencedBlock: { index, _ in cellIndexByBlock[index].map(Placeholder.cell) },
            textRun: { index, _ in prose.rewrittenRuns[index] },
            headingPrefix: { index, _ in sectionIndexOfHeading[index].map(Placeholder.heading) },
            thematicBreak: { line in callouts.fences[line] }
        )
        var rendered = MathScanner.removeFillers(
            Cmark.renderHTML(marked, allowRawHTML: allowRawHTML, rewrite: rewrite)
        )
        if !titleLines.isEmpty { rendered = CalloutScanner.titleHeadings(rendered) }
        let (withoutDefinitions, definitionHTML) = Footnotes.extractDefinitions(
            PipeTableScanner.assemble(rendered, tables: tables)
        )
        let words = language.words
        let withFootnotes = withoutDefinitions + citations.sectionHTML(heading: words.references)
            + footnotes.sectionHTML(contents: definitionHTML, words: words)
        let exerciseOfCallout = Dictionary(uniqueKeysWithValues: exercises.map { ($0.line, $0) })
        let structured = Placeholder.fill(withFootnotes) { kind, index in
            switch kind {
            case .calloutOpen:
                let callout = callouts.callouts[index]
                return CalloutScanner.openingHTML(callout, exercise: exerciseOfCallout[callout.line],
                                                  words: words) { title in
                    inlineHTML(title, allowRawHTML: allowRawHTML)
                }
            case .calloutClose: return CalloutScanner.closingHTML(callouts.callouts[index])
            case .footnote: return footnotes.referenceHTML(index)
            case .languageOpen:
                return prose.languageSpans.indices.contains(index)
                    ? "<span lang=\"\(HTML.escape(prose.languageSpans[index]))\">" : nil
            case .languageClose: return "</span>"
            case .citation: return citations.citationHTML(index)
            default: return nil
            }
        }
        let template = Placeholder.fill(structured) { kind, index in
            kind == .math && mathML.indices.contains(index) ? mathML[index] : nil
        }
        let warnings = allowRawHTML ? [] : outline.rawHTML.map { html in
            BookWarning(at: SourceLocation(path: path, line: html.line, column: 1),
                        "raw HTML \(html.isBlock ? "block" : "tag") dropped: "
                            + "the book does not allow raw HTML",
                        hint: "set 'allow-raw-html: true' in chapters/book.yml to keep it, "
                            + "or write it in Markdown")
        }
        return Chapter(
            number: number, slug: slug, path: path, frontMatter: frontMatter, cells: cells,
            inlineValues: prose.inlineValues, references: prose.references, headings: sections,
            bodyTemplate: template, proseTables: tables, warnings: warnings, equations: equations,
            language: language, exercises: exercises, edition: edition,
            editionChangedText: source != fullSource
        )
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

    /// The MathML of `formula`; a display formula with `\label{eq:name}` is numbered after
    /// `equations` (chapter `chapter`'s), added to them, and shown with its number at the right.
    /// A mistake is a `BookError` at its line that quotes the formula around it.
    static func formulaHTML(
        _ formula: MathSpan, number chapter: Int, path: String, equations: inout [Equation]
    ) throws -> String {
        func error(_ message: String, at offset: Int) -> BookError {
            let line = FormulaExcerpt.line(of: offset, in: formula.tex, from: formula.line)
            return BookError(.input, at: SourceLocation(path: path, line: line, column: 1),
                             "in the formula '\(FormulaExcerpt.quote(formula.tex, around: offset))', "
                                 + "at its character \(offset + 1): \(message)",
                             hint: "the book supports a subset of TeX, listed in docs/MATH.md")
        }
        var tex = formula.tex
        var label: (name: String, offset: Int)?
        if formula.display {
            do {
                (tex, label) = try EquationLabelScanner.extract(formula.tex)
            } catch let failure as EquationLabelScanner.LabelError {
                throw error(failure.message, at: failure.offset)
            }
        }
        let mathML: String
        do {
            mathML = try TeXToMathML.convert(tex, display: formula.display).description
        } catch let failure as TeXToMathML.Failure {
            // Columns past the label are columns of the formula without it.
            var offset = failure.column - 1
            if let label, offset >= label.offset { offset += "\\label{eq:\(label.name)}".count }
            throw error(failure.message, at: offset)
        }
        guard let label else { return mathML }
        let line = FormulaExcerpt.line(of: label.offset, in: formula.tex, from: formula.line)
        if let first = equations.first(where: { $0.label == label.name }) {
            throw BookError(.input, at: SourceLocation(path: path, line: line, column: 1),
                            "the label 'eq:\(label.name)' is already on the formula of line \(first.line)",
                            hint: "give each numbered formula of a chapter its own label")
        }
        let equation = Equation(label: label.name, number: equations.count + 1, line: line)
        equations.append(equation)
        return "<span class=\"equation\" id=\"\(equation.anchor)\">\(mathML)"
            + "<span class=\"equation-number\">(\(chapter).\(equation.number))</span></span>"
    }

    /// `markdown` as inline HTML: cmark's rendering without the paragraph around it.
    static func inlineHTML(_ markdown: String, allowRawHTML: Bool) -> String {
        var html = Cmark.renderHTML(markdown, allowRawHTML: allowRawHTML, rewrite: MarkdownRewrite())[...]
        if html.hasPrefix("<p>") { html = html.dropFirst(3) }
        if html.hasSuffix("</p>\n") { html = html.dropLast(5) }
        return String(html)
    }

    /// Throws at the first fence that is never closed.
    static func requireClosedFences(_ blocks: [FencedBlock], in source: String, path: String) throws {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let open = blocks.first(where: { !$0.isClosed(in: lines) }) else { return }
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
