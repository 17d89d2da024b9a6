import Foundation

/// Turns the text of a chapter file into a `Chapter`: front matter, cells, inline values,
/// headings and the prose's HTML template. Markdown is parsed by cmark only.
public enum ChapterParser {
    /// Parses chapter number `number` named `slug` whose file is at `path` (relative to the
    /// book's root). Throws a `BookError` naming the file and line of the first mistake.
    public static func parse(
        _ text: String, number: Int, slug: String, path: String, allowRawHTML: Bool = false
    ) throws -> Chapter {
        // Windows line endings (CR LF) read as plain line ends; lines and columns do not move.
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let (frontMatter, source) = try FrontMatterParser.split(text, path: path)
        let sourceBlocks = Cmark.outline(of: source).fencedBlocks
        try requireClosedFences(sourceBlocks, in: source, path: path)
        let codeLines = Set(sourceBlocks.flatMap { $0.line...max($0.line, $0.endLine) })
        let (body, formulas) = try MathScanner.protect(source, codeLines: codeLines, path: path)
        let mathML = try formulas.map { formula in
            do {
                return try TeXToMathML.convert(formula.tex, display: formula.display)
            } catch let failure as TeXToMathML.Failure {
                throw BookError(.input, at: SourceLocation(path: path, line: formula.line, column: 1),
                                "in the formula '\(formula.tex.prefix(60))', at its character "
                                    + "\(failure.column): \(failure.message)",
                                hint: "the book supports a subset of TeX; see the README")
            }
        }
        let outline = Cmark.outline(of: body)

        var cellIndexByBlock: [Int: Int] = [:]
        var cells: [Cell] = []
        for (blockIndex, block) in outline.fencedBlocks.enumerated() {
            guard let mode = try cellMode(block, path: path) else { continue }
            cellIndexByBlock[blockIndex] = cells.count
            cells.append(Cell(index: cells.count, mode: mode, code: block.code, fenceLine: block.line))
        }

        var inlineValues: [InlineValue] = []
        var references: [CrossReference] = []
        var rewrittenRuns: [Int: String] = [:]
        for (runIndex, run) in outline.textRuns.enumerated()
        where run.text.contains("{{") || run.text.contains("@") {
            let location = SourceLocation(path: path, line: run.line, column: run.column)
            var rewritten = ""
            for piece in try InlineValueScanner.pieces(of: run.text, at: location) {
                switch piece {
                case let .text(text, textOffset):
                    for part in CrossReferenceScanner.pieces(of: text) {
                        switch part {
                        case .text(let plain):
                            rewritten += plain
                        case let .reference(kind, label, offset):
                            rewritten += Placeholder.reference(references.count)
                            references.append(CrossReference(
                                index: references.count, kind: kind, label: label,
                                line: run.line, column: run.column + textOffset + offset
                            ))
                        }
                    }
                case let .value(expression, offset):
                    rewritten += Placeholder.value(inlineValues.count)
                    inlineValues.append(InlineValue(
                        index: inlineValues.count, expression: expression,
                        line: run.line, column: run.column + offset
                    ))
                }
            }
            rewrittenRuns[runIndex] = rewritten
        }

        let sections = SectionAnchors.sections(for: outline.headings)
        let rewrite = MarkdownRewrite(
            fencedBlock: { index, _ in cellIndexByBlock[index].map(Placeholder.cell) },
            textRun: { index, _ in rewrittenRuns[index] },
            headingPrefix: { index, _ in Placeholder.heading(index) }
        )
        let rendered = Cmark.renderHTML(body, allowRawHTML: allowRawHTML, rewrite: rewrite)
        let template = Placeholder.fill(rendered) { kind, index in
            kind == .math && mathML.indices.contains(index) ? mathML[index] : nil
        }
        return Chapter(
            number: number, slug: slug, path: path, frontMatter: frontMatter, cells: cells,
            inlineValues: inlineValues, references: references, headings: sections, bodyTemplate: template
        )
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
                            hint: "use 'swift', 'swift hidden' or 'swift norun'")
        }
        guard let option = words.dropFirst().first else { return .run }
        guard let mode = Cell.Mode(rawValue: String(option)), mode != .run else {
            throw BookError(.input, at: SourceLocation(path: path, line: block.line, column: block.column),
                            "unknown cell option '\(option)'",
                            hint: "use 'swift' (show and run), 'swift hidden' (run only) "
                                + "or 'swift norun' (show only)")
        }
        return mode
    }
}
