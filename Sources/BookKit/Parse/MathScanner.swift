/// A formula in a chapter's prose: `$...$` inline, `$$...$$` on display.
struct MathSpan: Equatable {
    var tex: String
    var display: Bool
    var line: Int
}

/// Finds formulas in Markdown before cmark sees it, so that TeX's `_`, `*` and `\` are not
/// taken for Markdown emphasis or escapes, and replaces each with a `math` token of `SourceMarks`
/// (which the parser makes a `.math` node).
///
/// Code is left alone: the lines of code blocks (which cmark found in a first pass) and code
/// spans between matching backtick runs. A `$` escaped as `\$` is a dollar sign. Inline math
/// follows Pandoc's rule, so that prices such as "$5 and $6" stay text: the opening `$` is
/// followed by a non-space, the closing one preceded by a non-space and not followed by a digit,
/// and a formula never crosses into a code span.
///
/// A display formula over several lines leaves its token on its first line and a line
/// starting with `SourceMarks.lineFiller` for each further one, so that every later line keeps
/// its number (for errors, cells and references); the parser drops the fillers and the line
/// breaks before them.
enum MathScanner {
    /// The Markdown with formulas replaced by `marks.token("math", k)`, and the formulas.
    static func protect(
        _ markdown: String,
        codeLines: Set<Int>,
        marks: SourceMarks,
        path: String
    ) throws -> (String, [MathSpan]) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var spans: [MathSpan] = []
        var out = ""
        var row = 0
        var column = 0
        var closesOfRow: (row: Int, closes: [Int?]) = (-1, [])
        func lineCloses(_ row: Int) -> [Int?] {
            if closesOfRow.row != row { closesOfRow = (row, inlineCloses(lines[row])) }
            return closesOfRow.closes
        }
        while row < lines.count {
            let line = lines[row]
            if column >= line.count || codeLines.contains(row + 1) {
                if codeLines.contains(row + 1) { out += String(line) }
                row += 1
                column = 0
                if row < lines.count { out += "\n" }
                continue
            }
            let character = line[column]
            if character == "\\", column + 1 < line.count, line[column + 1] == "$" {
                out += "\\$"
                column += 2
            } else if character == "`" {
                let end = codeSpanEnd(line, from: column)
                out += String(line[column..<end])
                column = end
            } else if character == "$", column + 1 < line.count, line[column + 1] == "$" {
                let start = SourceLocation(path: path, line: row + 1, column: column + 1)
                var tex = ""
                var fillers = ""
                column += 2
                while find("$$", in: lines[row], from: column) == nil {
                    tex += String(lines[row][column...]) + "\n"
                    fillers += "\n" + marks.lineFiller
                    row += 1
                    column = 0
                    guard row < lines.count, !codeLines.contains(row + 1) else {
                        throw BookError(.input, at: start, "'$$' without a closing '$$'",
                                        hint: "close the formula with '$$', or write \\$ for a dollar sign")
                    }
                }
                let close = find("$$", in: lines[row], from: column)!
                tex += String(lines[row][column..<close])
                column = close + 2
                out += marks.token("math", spans.count) + fillers
                spans.append(MathSpan(tex: tex, display: true, line: start.line))
            } else if character == "$", column + 1 < line.count, !line[column + 1].isWhitespace,
                      let close = lineCloses(row)[column + 1] {
                out += marks.token("math", spans.count)
                spans.append(MathSpan(tex: String(line[(column + 1)..<close]), display: false, line: row + 1))
                column = close + 1
            } else {
                out.append(character)
                column += 1
            }
        }
        return (out, spans)
    }

    /// For each index i of `line`, where an inline formula whose text starts at i would close:
    /// the first `$` preceded by a non-space and not followed by a digit, skipping `\x` pairs,
    /// or nil when a backtick or the end of the line comes first. Filled from the right in one
    /// pass, so that a line with many `$` that never close costs linear time.
    static func inlineCloses(_ line: [Character]) -> [Int?] {
        var closes = [Int?](repeating: nil, count: line.count + 2)
        for index in stride(from: line.count - 1, through: 0, by: -1) {
            switch line[index] {
            case "\\": closes[index] = closes[index + 2]
            case "`": closes[index] = nil
            case "$" where index > 0 && !line[index - 1].isWhitespace
                && !(index + 1 < line.count && line[index + 1].isNumber):
                closes[index] = index
            default: closes[index] = closes[index + 1]
            }
        }
        return closes
    }

    /// The index after the code span that starts at `start`, or after the backticks alone when
    /// no matching run closes it on this line.
    private static func codeSpanEnd(_ line: [Character], from start: Int) -> Int {
        var run = 0
        while start + run < line.count, line[start + run] == "`" { run += 1 }
        var index = start + run
        while index < line.count {
            if line[index] == "`" {
                var closing = 0
                while index + closing < line.count, line[index + closing] == "`" { closing += 1 }
                if closing == run { return index + closing }
                index += closing
            } else {
                index += 1
            }
        }
        return start + run
    }

    private static func find(_ needle: String, in line: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        guard line.count >= pattern.count, start <= line.count - pattern.count else { return nil }
        for index in start...(line.count - pattern.count)
        where Array(line[index..<(index + pattern.count)]) == pattern {
            return index
        }
        return nil
    }
}
