import XCTest
@testable import BookKit

/// `CodeBlockScanner` finds the code blocks cmark finds (start and end lines, a fence's column,
/// info string and whether it is closed), on every example of the CommonMark specification and
/// on every chapter of the book, as written, as the student edition sees it and with its math
/// protected (the texts the parser scans).
final class CodeBlockScannerTests: XCTestCase {
    /// Whether cmark's `block` ends with a closing fence, judged from its last line (the check
    /// the parser made before it had `CodeBlockScanner`): wrong only where a fence indented by
    /// four spaces looks like a closing one (spec example 137).
    private func endsWithFence(_ block: FencedBlock, _ lines: [Substring]) -> Bool {
        func fence(_ text: Substring) -> (Character, Int, Substring)? {
            guard let marker = text.first, marker == "`" || marker == "~" else { return nil }
            let length = text.prefix { $0 == marker }.count
            return length >= 3 ? (marker, length, text.dropFirst(length).trimmingSpaces()) : nil
        }
        let opening = lines[block.line - 1].utf8.dropFirst(max(block.column - 1, 0))
        guard let open = fence(Substring(opening)) else { return true }
        guard block.endLine > block.line, lines.indices.contains(block.endLine - 1),
              let close = fence(lines[block.endLine - 1].drop { " \t>".contains($0) })
        else { return false }
        return close.0 == open.0 && close.1 >= open.1 && close.2.isEmpty
    }

    private func assertAgrees(_ markdown: String, _ name: String, file: StaticString = #filePath,
                              line: UInt = #line) -> Bool {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = Cmark.outline(of: markdown).fencedBlocks
            .map { "\($0.line)-\($0.endLine) \(endsWithFence($0, lines))" }.sorted()
        let found = CodeBlockScanner.blocks(in: markdown)
            .map { "\($0.line)-\($0.endLine) \($0.isClosed)" }.sorted()
        XCTAssertEqual(found, expected, name, file: file, line: line)
        let cmarkFences = Cmark.outline(of: markdown).fencedBlocks.filter { !$0.info.isEmpty }
            .map { "\($0.line):\($0.column) \($0.info)" }.sorted()
        let fences = CodeBlockScanner.blocks(in: markdown)
            .compactMap { block in block.info.map { "\(block.line):\(block.column) \($0)" } }
            .filter { !$0.hasSuffix(" ") && !$0.contains("\\") && !$0.contains("&") }.sorted()
        if !markdown.contains("\\") && !markdown.contains("&") {
            XCTAssertEqual(fences, cmarkFences, name, file: file, line: line)
        }
        return found == expected
    }

    func testEverySpecExampleHasTheCodeBlocksCmarkFinds() throws {
        let examples = try CommonMarkSpecTests.examples()
        XCTAssertEqual(examples.count, 652)
        let failed = examples.filter {
            $0.number != 137 && !assertAgrees($0.markdown, "example \($0.number)")
        }
        XCTAssertEqual(failed.map(\.number), [])
        // A fence indented by four spaces does not close: the block runs to the end.
        XCTAssertEqual(CodeBlockScanner.blocks(in: examples[136].markdown),
                       [CodeBlockLines(info: "", line: 1, column: 1, endLine: 3, isClosed: false)])
        XCTAssertEqual(Cmark.outline(of: examples[136].markdown).fencedBlocks.map(\.code),
                       ["aaa\n    ```\n"])
    }

    func testEveryChapterHasTheCodeBlocksCmarkFinds() throws {
        let folder = packageRoot.appendingPathComponent("chapters")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 6)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let body = try FrontMatterParser.split(text, path: name).body
            let student = Edition.student.filter(body)
            let marks = SourceMarks(avoiding: body)
            let protected = try MathScanner.protect(body, codeLines: CodeBlockScanner.codeLines(in: body),
                                                    marks: marks, path: name).0
            let versions = [(body, "as written"), (student, "student"), (protected, "math protected")]
            for (markdown, version) in versions {
                XCTAssertGreaterThan(CodeBlockScanner.blocks(in: markdown).count, 0, name)
                _ = assertAgrees(markdown, "\(name) \(version)")
            }
        }
    }

    /// Documents of random lines made of the pieces that decide what is code: containers,
    /// fences, indentation, tabs, HTML starts and ends, paragraphs, list markers, reference
    /// definitions. A SplitMix64 sequence, so every run tries the same 20,000 (200,000 more, with
    /// another seed and longer documents, agreed too when this was written).
    func testRandomDocumentsHaveTheCodeBlocksCmarkFinds() {
        let prefixes = ["", "", "> ", ">", "- ", "* ", "1. ", "2) ", "  ", "   ", "    ", "     ", "\t",
                        " \t", "> - ", "- > ", ">     ", "-\t", "10. ", "  - "]
        let bodies = ["text", "```", "````", "``` swift", "~~~", "~~~~ x", "```a`b", "", "", "<div>",
                      "</div>", "<!--", "-->", "<pre>", "</pre>", "<a href=\"x\">", "# h", "---", "===",
                      "***", "- ", "1.", "[a]: /u", "<?", "?>", "<!X", ">", "    code", "\tcode", "x ```",
                      "[b]:", "/v \"t\"", "'t", "t'", "[c]: <x y> (t)", "[d]: /w \"t\" x", "<script>",
                      "</script>", "<textarea", "<!-- -->", "<x y='1'>", "<x/>", "~~~ ~"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var failed: [String] = []
        for _ in 0..<20000 {
            let lines = (0..<(1 + next(8))).map { _ in
                let prefix = (0..<next(3)).map { _ in prefixes[next(prefixes.count)] }.joined()
                return prefix + bodies[next(bodies.count)]
            }
            let markdown = lines.joined(separator: "\n") + (next(2) == 0 ? "\n" : "")
            let cmark = Cmark.outline(of: markdown).fencedBlocks.map { "\($0.line)-\($0.endLine)" }.sorted()
            let found = CodeBlockScanner.blocks(in: markdown).map { "\($0.line)-\($0.endLine)" }.sorted()
            if cmark != found && failed.count < 10 { failed.append(markdown) }
        }
        XCTAssertEqual(failed, [])
    }

    func testContainersDecideWhatIsCode() {
        // Cases where a line-by-line fence search goes wrong: a fence in a paragraph's lazy
        // line, indented code that cannot interrupt a paragraph, a fence inside an HTML block,
        // a list item's content indentation, a block quote ending the code.
        for markdown in ["> ```\n> a\nb\n", "para\n    not code\n", "<div>\n```\nx\n</div>\n",
                         "- a\n\n      code\n", "1.  x\n\n    ```\n    y\n    ```\n"] {
            XCTAssertTrue(assertAgrees(markdown, markdown))
        }
        // Indented code that starts with a fence (after a tab) is closed, not an open fence.
        XCTAssertEqual(CodeBlockScanner.blocks(in: "\t```\n\tz\n").map(\.isClosed), [true])
        XCTAssertEqual(Cmark.outline(of: "\t```\n\tz\n").fencedBlocks.map(\.code), ["```\nz\n"])
        XCTAssertEqual(CodeBlockScanner.codeLines(in: "para\n    not code\n"), [])
        // Found by the random documents: a closing tag that could continue a paragraph lazily
        // starts no HTML block; an item that opened blank goes on at an indented blank line;
        // after only a reference definition, '---' is text and the indented line continues it.
        for markdown in ["2) \tcode\n[a]: /u\n   </pre>\n```\n", "* \n\t\n \t1. x\n\n    code\n",
                         "[a]: /u\n---\n\t<!--\n"] {
            XCTAssertTrue(assertAgrees(markdown, markdown))
        }
        XCTAssertEqual(CodeBlockScanner.codeLines(in: "[a]: /u\n---\n\tnot code\n"), [])
        XCTAssertEqual(CodeBlockScanner.codeLines(in: "[a]: /u\nb\n---\n\tcode\n"), [4])
        XCTAssertEqual(CodeBlockScanner.codeLines(in: "- a\n\n      code\n"), [3])
        XCTAssertEqual(CodeBlockScanner.codeLines(in: "> ```\n> a\nb\n"), [1, 2, 3])
    }
}
