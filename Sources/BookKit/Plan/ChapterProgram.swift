import Foundation

/// The Swift program that runs one chapter: its runnable cells in order, sharing top-level
/// state like a notebook kernel, then its inline values. Every line of cell code carries a
/// `#sourceLocation` that points at its line in the chapter's Markdown file, so that the
/// compiler's errors and runtime traps name `chapters/NN-slug.md:LINE`.
public struct ChapterProgram: Equatable, Sendable {
    /// The program's source text.
    public var source: String

    /// The modules every chapter program imports.
    static let implicitImports = ["Notebook"]

    /// Generates the program of `chapter`. Prose does not enter it, so a prose edit leaves it
    /// (and the chapter's cache key) unchanged.
    public init(chapter: Chapter) {
        let file = Self.stringLiteral(chapter.path)
        var imports = Self.implicitImports
        var body: [String] = []
        for cell in chapter.runnableCells {
            var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            for (offset, line) in lines.enumerated() {
                guard let module = Self.importedModule(line) else { continue }
                if !imports.contains(module) { imports.append(module) }
                lines[offset] = ""
            }
            body.append("_notebookBeginCell(\(cell.index))")
            body.append("#sourceLocation(file: \(file), line: \(cell.firstCodeLine))")
            body.append(contentsOf: lines)
            body.append("#sourceLocation()")
        }
        body.append("_notebookBeginInlineValues()")
        for value in chapter.inlineValues {
            body.append("_notebookInlineValue(\(value.index), {")
            body.append("#sourceLocation(file: \(file), line: \(value.line))")
            body.append(String(repeating: " ", count: max(0, value.column - 1)) + value.expression)
            body.append("#sourceLocation()")
            body.append("})")
        }
        body.append("_notebookFinish()")
        source = (imports.map { "import \($0)" } + body).joined(separator: "\n") + "\n"
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
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
