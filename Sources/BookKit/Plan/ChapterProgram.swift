import Foundation

/// The Swift program that runs one chapter: its runnable cells in order, sharing top-level
/// state like a notebook kernel, then its inline values. Every line of cell code carries a
/// `#sourceLocation` that points at its line in the chapter's Markdown file, so that the
/// compiler's errors and runtime traps name `chapters/NN-slug.md:LINE`.
public struct ChapterProgram: Equatable, Sendable {
    /// The program's source text.
    public var source: String
    /// The same program without line and column information: what the cache key hashes, so
    /// that prose edits that move cells up or down do not force a new run.
    public var locationFreeSource: String
    /// The first line of each runnable cell, then the line and column of each inline value:
    /// what a cached result's line numbers must be moved by when the prose around them changes.
    public var lineMap: [Int]

    /// The modules every chapter program imports.
    static let implicitImports = ["Notebook"]

    /// Generates the program of `chapter`. Prose does not enter it, so a prose edit leaves it
    /// (and the chapter's cache key) unchanged.
    public init(chapter: Chapter) {
        source = Self.generate(chapter, locations: true)
        locationFreeSource = Self.generate(chapter, locations: false)
        lineMap = chapter.runnableCells.map(\.firstCodeLine)
            + chapter.inlineValues.flatMap { [$0.line, $0.column] }
    }

    private static func generate(_ chapter: Chapter, locations: Bool) -> String {
        let parts = Parts(chapter, locations: locations)
        return parts.text(["_notebookStart()"] + parts.cells.joined() + parts.inlineValues + ["_notebookFinish()"])
    }

    /// The pieces a chapter's program is made of: the modules it imports (hoisted from the
    /// cells), each runnable cell's lines, and the evaluation of the inline values.
    struct Parts {
        var imports = ChapterProgram.implicitImports
        var cells: [[String]] = []
        var inlineValues: [String] = []

        init(_ chapter: Chapter, locations: Bool) {
            let file = stringLiteral(chapter.path)
            func location(_ line: Int) -> String {
                "#sourceLocation(file: \(file), line: \(locations ? line : 1))"
            }
            for cell in chapter.runnableCells {
                var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if lines.last == "" { lines.removeLast() }
                for (offset, line) in lines.enumerated() {
                    guard let module = importedModule(line) else { continue }
                    if !imports.contains(module) { imports.append(module) }
                    lines[offset] = ""
                }
                cells.append(["_notebookBeginCell(\(cell.index))", location(cell.firstCodeLine)]
                             + lines + ["#sourceLocation()"])
            }
            inlineValues = ["_notebookBeginInlineValues()"]
            for value in chapter.inlineValues {
                inlineValues.append("_notebookInlineValue(\(value.index), {")
                inlineValues.append(location(value.line))
                let indent = locations ? max(0, value.column - 1) : 0
                inlineValues.append(String(repeating: " ", count: indent) + value.expression)
                inlineValues.append("#sourceLocation()")
                inlineValues.append("})")
            }
        }

        /// A program of the imports and `body`.
        func text(_ body: [String], importing extra: [String] = []) -> String {
            (imports.map { "import \($0)" } + extra + body).joined(separator: "\n") + "\n"
        }
    }

    /// The module of a plain `import Module` line, which must be hoisted to the top of the
    /// program; nil for any other line.
    static func importedModule(_ line: String) -> String? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, words[0] == "import",
              words[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(words[1])
    }

    /// `text` as a Swift string literal.
    static func stringLiteral(_ text: String) -> String {
        let escaped = text
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }
}
