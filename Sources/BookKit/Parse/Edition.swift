import Foundation

/// Which copy of the book is built: the teacher's, with every exercise's solution, or the
/// student's, from which solutions and hidden tests are removed before the chapter is parsed,
/// so that nothing of them can reach a page, a program or a cached result.
public enum Edition: String, Sendable, CaseIterable, Codable {
    /// Solutions shown (folded) and run in place of the starter code; hidden tests run.
    case teacher
    /// Starter code run; no solution cell, no `::: {.solution}` prose, no hidden tests.
    case student

    /// The chapter body `body` (front matter already blanked, one entry per line of the file) as
    /// this edition sees it: for the student's, the lines of what it leaves out are blank, so
    /// that every other line keeps its number.
    func filter(_ body: String) -> String {
        guard self == .student else { return body }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for line in Self.teacherOnlyLines(of: body) { lines[line - 1] = "" }
        return lines.joined(separator: "\n")
    }

    /// The chapter file `text` as students receive it: without the lines only the teacher's
    /// copy has (solution cells, hidden tests, solution prose), and without a blank line left
    /// twice where they stood. Front matter that cannot be read is searched like the rest.
    static func studentSource(_ text: String, path: String) -> String {
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let body = (try? FrontMatterParser.split(text, path: path).body) ?? text
        let dropped = teacherOnlyLines(of: body)
        guard !dropped.isEmpty else { return text }
        var kept: [Substring] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if dropped.contains(offset + 1) {
                continue
            }
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, let last = kept.last, last.allSatisfy({ $0 == " " || $0 == "\t" }),
               dropped.contains(offset) {
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// The bytes of chapter file `data` (at `path`) as this edition offers them for download:
    /// the file itself, or for the student's, `studentSource` of it.
    func download(_ data: Data, path: String) -> Data {
        guard self == .student else { return data }
        return Data(Self.studentSource(String(decoding: data, as: UTF8.self), path: path).utf8)
    }

    /// The 1-based lines of `body` that only the teacher's copy has: each `swift solution` and
    /// `swift hidden-tests` cell from fence to fence, and each `::: {.solution}` block from its
    /// opening line to its closing one.
    static func teacherOnlyLines(of body: String) -> Set<Int> {
        var dropped = Set<Int>()
        var codeLines = Set<Int>()
        for block in CodeBlockScanner.blocks(in: body) {
            let lines = block.line...max(block.line, block.endLine)
            codeLines.formUnion(lines)
            let words = (block.info ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.first == "swift", let option = words.dropFirst().first,
               [Cell.Mode.solution, .hiddenTests].contains(Cell.Mode(rawValue: String(option))) {
                dropped.formUnion(lines)
            }
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var open: [(line: Int, isSolution: Bool)] = []
        for (offset, line) in lines.enumerated() where !codeLines.contains(offset + 1) {
            guard let rest = CalloutScanner.fenceRest(String(line)) else { continue }
            if rest.isEmpty {
                guard let opening = open.popLast() else { continue }
                if opening.isSolution && !open.contains(where: \.isSolution) {
                    dropped.formUnion(opening.line...(offset + 1))
                }
            } else {
                open.append((offset + 1, CalloutScanner.classes(rest).contains("solution")))
            }
        }
        // An unclosed solution is left to the parser, which reports it at its line.
        return dropped
    }
}
