/// A note box: a Pandoc fenced div as Quarto writes it (`::: {.callout-note}` … `:::`), or the
/// short form `::: note`. Its content is ordinary Markdown of the chapter (cells and inline
/// values included), and callouts nest. An exercise (`::: {.exercise label="name"}`) and the
/// solution prose inside it (`::: {.solution}`) are written the same way.
struct Callout: Equatable {
    enum Kind: String, CaseIterable {
        case note, tip, warning, important, caution
        /// A numbered exercise ("Exercise 4.2"), which `@ex:label` refers to.
        case exercise
        /// The solution prose of an exercise: folded in the teacher's edition, absent from the
        /// student's (`Edition`).
        case solution
    }

    var kind: Kind
    /// The title from `title="…"`, as Markdown inline text.
    var title: String?
    /// The label from `label="…"`, which an exercise is referred to by.
    var label: String?
    /// The line of the opening `:::`.
    var line: Int
    /// The line of the closing `:::`.
    var endLine: Int = 0
    /// The line of the heading that is its title (`## Title` as its first line), if any.
    var titleLine: Int?
    /// The title from `title="…"`, parsed with the chapter (empty without one).
    var titleBlocks: [Block] = []
}

/// Finds fenced divs in the lines of a chapter before cmark parses it. The opening and closing
/// fence lines become thematic breaks (`***`; an opening one with a title, a heading of it),
/// which interrupt a paragraph and take one line,
/// so that cmark sees the content as blocks of their own and every line keeps its number; the
/// parser replaces those breaks by `Block.calloutOpen` and `calloutClose`.
enum CalloutScanner {
    /// What the fence lines were turned into: the block that stands for each fence, by line.
    struct Result {
        var callouts: [Callout] = []
        var fences: [Int: Block] = [:]
    }

    /// Rewrites `lines` (the chapter's Markdown, one entry per line) in place; the heading that
    /// is a callout's title gets `marks.titleMark`. Lines in `codeLines` (1-based) are code and
    /// left alone.
    static func protect(_ lines: inout [String], codeLines: Set<Int>, marks: SourceMarks,
                        path: String) throws -> Result {
        var result = Result()
        var open: [Int] = []
        var row = 0
        while row < lines.count {
            defer { row += 1 }
            let number = row + 1
            guard !codeLines.contains(number), let fence = fence(lines[row]) else { continue }
            let indent = String(lines[row].prefix { $0 == " " })
            if fence.rest.isEmpty {
                // A closing fence; one with nothing open is text, as in Pandoc.
                guard let index = open.popLast() else { continue }
                result.callouts[index].endLine = number
                lines[row] = indent + "***"
                result.fences[number] = .calloutClose(index)
                continue
            }
            let location = SourceLocation(path: path, line: number, column: indent.count + 1)
            var callout = try parseOpening(fence.rest, line: number, at: location)
            // A title is parsed with the chapter, as the text of a heading in the fence's place
            // (a heading, too, interrupts a paragraph and takes one line); the closing `#`
            // keeps a title's own trailing `#` as text.
            lines[row] = indent + (callout.title.map { "# \($0) #" } ?? "***")
            if callout.title == nil, let next = firstContentRow(after: row, in: lines, codeLines: codeLines),
               let hashes = atxHeadingMarks(lines[next]) {
                // The heading stays for cmark (its text is prose, with values and references)
                // but is marked, so that it becomes the title and not a section.
                lines[next].insert(contentsOf: marks.titleMark, at: lines[next].index(hashes, offsetBy: 1))
                callout.titleLine = next + 1
            }
            result.fences[number] = .calloutOpen(result.callouts.count)
            open.append(result.callouts.count)
            result.callouts.append(callout)
        }
        if let unclosed = open.first {
            let callout = result.callouts[unclosed]
            throw BookError(.input, at: SourceLocation(path: path, line: callout.line, column: 1),
                            "this '\(callout.kind.rawValue)' callout is never closed, so the rest of "
                                + "the file would be inside it",
                            hint: "end it with a line of three colons (:::)")
        }
        return result
    }

    // MARK: - Lines

    /// What follows the colons of a fence line (empty for a closing fence); nil for any other line.
    static func fenceRest(_ line: String) -> String? { fence(line)?.rest }

    /// The classes (without their dot, without `callout-`) an opening fence's `rest` names.
    static func classes(_ rest: String) -> [String] {
        guard rest.hasPrefix("{") else { return rest.split(separator: " ").map(String.init) }
        var attributes = Substring(rest.dropFirst().prefix { $0 != "}" })
        var classes: [String] = []
        while let word = nextAttribute(&attributes) {
            if word.hasPrefix(".") { classes.append(String(word.dropFirst())) }
        }
        return classes.map { $0.hasPrefix("callout-") ? String($0.dropFirst("callout-".count)) : $0 }
    }

    /// A fence line: three or more colons, then the rest of the line without trailing colons.
    private static func fence(_ line: String) -> (colons: Int, rest: String)? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3 else { return nil }
        let colons = body.prefix { $0 == ":" }.count
        guard colons >= 3 else { return nil }
        var rest = body.dropFirst(colons).trimmingSpaces()
        while rest.hasSuffix(":") { rest.removeLast() }
        return (colons, String(rest.trimmingSpaces()))
    }

    /// Parses `{.callout-note title="…"}`, `{.note}` or `note` into a callout.
    private static func parseOpening(
        _ text: String, line: Int, at location: SourceLocation
    ) throws -> Callout {
        var classes: [String] = []
        var title: String?
        var label: String?
        if text.hasPrefix("{") {
            guard text.hasSuffix("}") else {
                throw BookError(.input, at: location, "the attributes of this callout miss a closing '}'",
                                hint: "write ::: {.callout-note} or ::: {.callout-tip title=\"…\"}")
            }
            var rest = Substring(text.dropFirst().dropLast())
            while let word = nextAttribute(&rest) {
                if word.hasPrefix(".") {
                    classes.append(String(word.dropFirst()))
                } else if word.hasPrefix("title=") {
                    var value = word.dropFirst("title=".count)
                    if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                        value = value.dropFirst().dropLast()
                    }
                    title = String(value)
                } else if word.hasPrefix("label=") {
                    var value = word.dropFirst("label=".count)
                    if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                        value = value.dropFirst().dropLast()
                    }
                    label = String(value)
                }
            }
        } else {
            classes = text.split(separator: " ").map(String.init)
        }
        let names = classes.map { $0.hasPrefix("callout-") ? String($0.dropFirst("callout-".count)) : $0 }
        guard let kind = names.lazy.compactMap(Callout.Kind.init(rawValue:)).first else {
            let kinds = Callout.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw BookError(.input, at: location, "'::: \(text)' is not a callout the book knows",
                            hint: "use ::: {.callout-KIND} or ::: KIND, where KIND is one of: \(kinds)")
        }
        if let label, kind != .exercise || !CrossReference.isValidLabel(label) {
            throw BookError(.input, at: location,
                            kind == .exercise ? "the label '\(label)' of this exercise is not valid"
                                : "only an exercise takes a label, not a '\(kind.rawValue)' callout",
                            hint: kind == .exercise ? "a label is made of ASCII letters, digits, '-' and '_'"
                                : "write ::: {.exercise label=\"name\"} and refer to it as @ex:name")
        }
        return Callout(kind: kind, title: title, label: label, line: line)
    }

    /// The next space-separated attribute of `rest`, keeping a quoted value's spaces.
    private static func nextAttribute(_ rest: inout Substring) -> Substring? {
        rest = rest.drop { $0 == " " }
        guard !rest.isEmpty else { return nil }
        var inQuotes = false
        var end = rest.startIndex
        while end < rest.endIndex, inQuotes || rest[end] != " " {
            if rest[end] == "\"" { inQuotes.toggle() }
            end = rest.index(after: end)
        }
        defer { rest = rest[end...] }
        return rest[..<end]
    }

    private static func firstContentRow(after row: Int, in lines: [String], codeLines: Set<Int>) -> Int? {
        var next = row + 1
        while next < lines.count, lines[next].allSatisfy({ $0 == " " }) { next += 1 }
        return next < lines.count && !codeLines.contains(next + 1) ? next : nil
    }

    /// Where the marks of an ATX heading line (`## Title`) end, when it is one with text.
    private static func atxHeadingMarks(_ line: String) -> String.Index? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3 else { return nil }
        let hashes = body.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = body[hashes.endIndex...]
        guard rest.first == " ", !rest.trimmingSpaces().isEmpty else { return nil }
        return hashes.endIndex
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let body = Substring(self).drop { $0 == " " || $0 == "\t" }
        var end = body.endIndex
        while end > body.startIndex, [" ", "\t"].contains(body[body.index(before: end)]) {
            end = body.index(before: end)
        }
        return body[..<end]
    }
}
