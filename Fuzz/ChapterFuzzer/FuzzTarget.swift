@testable import BookKit

/// One entry point of the chapter parser that the fuzzer feeds. Each runs one input and traps
/// (so that libFuzzer records the input) when the parser breaks its contract: it may return
/// or throw its own error type, and nothing else.
enum FuzzTarget: String, CaseIterable {
    /// `ChapterParser.parse`, the whole path from a chapter file's text to a `Chapter`.
    case chapter
    /// The cmark bridge: the document's HTML equals cmark's own, `CodeBlockScanner` finds
    /// cmark's code lines, and rendering with every element rewritten.
    case cmark
    /// The front-matter splitter, and the YAML reader on the raw input.
    case frontMatter = "front-matter"
    /// The `{{ expression }}` scanner on one run of text.
    case inlineValues = "inline-values"
    /// The formula finder, with code lines from `CodeBlockScanner` as the parser takes them.
    case math
    /// The TeX-to-MathML converter, inline and on display.
    case tex

    private static let path = "fuzz.md"

    /// Runs `text` through this entry point.
    func run(_ text: String) {
        switch self {
        case .chapter:
            expectBookError {
                _ = try ChapterParser.parse(text, number: 1, slug: "fuzz", path: Self.path)
            }
        case .cmark:
            let document = Cmark.document(of: text)
            let outline = MarkdownOutline(document)
            // cmark also ends a line at a lone CR; the book splits lines at LF only.
            if !text.contains("\r") && !text.contains("\0") {
                let cmarkLines = Set(outline.fencedBlocks.flatMap { $0.line...max($0.line, $0.endLine) })
                precondition(CodeBlockScanner.codeLines(in: text) == cmarkLines,
                             "CodeBlockScanner finds other code lines than cmark")
            }
            let renderer = DocumentRenderer(allowRawHTML: true)
            precondition(renderer.html(document).text == Cmark.referenceHTML(text, allowRawHTML: true),
                         "DocumentRenderer differs from cmark's renderer")
            let rewriteAll = BookNodeRewrite(
                fencedBlock: { index, _ in .cell(index) },
                textRun: { _, run in [.text(run.text + "+", line: run.line, column: run.column), .value(0)] },
                heading: { index, _, content in .section(index, content) }
            )
            _ = renderer.html(rewriteAll.apply(to: document))
        case .frontMatter:
            expectBookError { _ = try FrontMatterParser.split(text, path: Self.path) }
            expectBookError { _ = try FrontMatterParser.parse(text, path: Self.path, firstLine: 2) }
        case .inlineValues:
            let location = SourceLocation(path: Self.path, line: 1, column: 1)
            expectBookError {
                for case let .value(_, offset) in try InlineValueScanner.pieces(of: text, at: location) {
                    precondition(offset <= text.utf8.count, "an inline value's offset is past the text")
                }
            }
        case .math:
            let codeLines = CodeBlockScanner.codeLines(in: text)
            let marks = SourceMarks(avoiding: text)
            expectBookError {
                _ = try MathScanner.protect(text, codeLines: codeLines, marks: marks, path: Self.path)
            }
        case .tex:
            for display in [false, true] {
                do {
                    _ = try TeXToMathML.convert(text, display: display)
                } catch is TeXToMathML.Failure {
                } catch {
                    preconditionFailure("TeXToMathML threw \(type(of: error)), not a Failure")
                }
            }
        }
    }

    /// Runs `body`, which may succeed or throw a `BookError` (a user's mistake), nothing else.
    private func expectBookError(_ body: () throws -> Void) {
        do {
            try body()
        } catch is BookError {
        } catch {
            preconditionFailure("\(rawValue) threw \(type(of: error)), not a BookError: \(error)")
        }
    }
}
