import XCTest
@testable import BookKit

final class MathTests: XCTestCase {
    func testFractionsScriptsAndGreek() throws {
        XCTAssertEqual(try TeXToMathML.convert("\\frac{\\lambda}{2} w_i^2", display: false),
                       "<math><mrow><mfrac><mrow><mi>λ</mi></mrow><mrow><mn>2</mn></mrow></mfrac>"
                           + "<msubsup><mi>w</mi><mi>i</mi><mn>2</mn></msubsup></mrow></math>")
    }

    func testSumTakesLimitsOnDisplayOnly() throws {
        let display = try TeXToMathML.convert("\\sum_{i=1}^{n} x_i", display: true).description
        XCTAssertTrue(display.hasPrefix("<math display=\"block\"><mrow><munderover><mo>∑</mo>"))
        let inline = try TeXToMathML.convert("\\sum_{i=1}^{n} x_i", display: false).description
        XCTAssertTrue(inline.hasPrefix("<math><mrow><msubsup><mo>∑</mo>"))
    }

    func testNormsFontsAndOperatorNames() throws {
        let markup = try TeXToMathML.convert(
            "\\lVert w \\rVert_2^2, \\nabla \\mathcal{L}, \\mathbb{R}^d, \\operatorname{softmax}(z)",
            display: false
        ).description
        let fragments = [
            "<mo stretchy=\"false\">‖</mo>",
            "<mi>∇</mi>",
            "<mi mathvariant=\"script\">L</mi>",
            "<mi mathvariant=\"double-struck\">R</mi>",
            "<mi>softmax</mi>",
        ]
        for fragment in fragments {
            XCTAssertTrue(markup.contains(fragment), fragment)
        }
    }

    func testAlignedEquationsBecomeATable() throws {
        let markup = try TeXToMathML.convert(
            "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}",
            display: true
        ).description
        XCTAssertEqual(markup.components(separatedBy: "<mtr>").count - 1, 2)
        XCTAssertEqual(markup.components(separatedBy: "<mtd>").count - 1, 4)
    }

    func testUnsupportedCommandIsAnErrorAtItsLine() {
        assertBookError(line: 6, containing: "at its character 3: unsupported TeX command '\\foo'") {
            _ = try parseChapter("---\ntitle: T\n---\n\nText\nwith $x \\foo{x}$ here.\n")
        }
    }

    /// A failure names the column (in characters, from 1) where the offending command or
    /// character starts, or where the missing part was expected.
    func testAFailureCarriesTheColumnOfWhatIsWrong() {
        let cases: [(tex: String, column: Int, message: String)] = [
            ("a + \\foo{b}", 5, "unsupported TeX command '\\foo'"),
            ("λ_{\\alpha} \\mathbf{x} \\bogus", 23, "unsupported TeX command '\\bogus'"),
            ("\\begin{array} a \\end{array}", 1, "unsupported environment 'array'"),
            ("(\\left\\foo x \\right)", 7, "unsupported delimiter '\\foo'"),
            ("\\begin{aligned} a \\end{cases}", 19, "\\begin{aligned} closed by another \\end"),
            ("a } b", 3, "'}' without a matching '{'"),
            ("1 # 2", 3, "unexpected character '#'"),
            ("x^{2", 5, "a '{' is never closed"),
            ("x^", 3, "a script or argument is missing"),
            ("a & b", 3, "'&', '\\\\' or '\\end' outside an environment such as aligned"),
        ]
        for (tex, column, message) in cases {
            XCTAssertThrowsError(try TeXToMathML.convert(tex, display: false), tex) { error in
                let expected = TeXToMathML.Failure(message: message, column: column)
                XCTAssertEqual(error as? TeXToMathML.Failure, expected, tex)
            }
        }
    }

    func testFormulasAreProtectedFromMarkdownAndCodeIsLeftAlone() throws {
        let chapter = try parseChapter("""
        ---
        title: T
        ---
        Weights $w_1 * w_2$ and $a_b$ cost $5 and $6, and `$x$` is code.

        $$
        L = \\frac{1}{n}
        $$

        ```swift
        let price = "$1 and $2$"
        ```
        """)
        let body = proseHTML(chapter)
        XCTAssertTrue(body.contains("<msub><mi>w</mi><mn>1</mn></msub><mo>∗</mo>"))
        XCTAssertFalse(body.contains("<em>"))
        XCTAssertTrue(body.contains("cost $5 and $6"))
        XCTAssertTrue(body.contains("<code>$x$</code>"))
        XCTAssertTrue(body.contains("<math display=\"block\">"))
        XCTAssertFalse(body.contains("<p><math display"), "display math is not wrapped in a paragraph")
        XCTAssertEqual(chapter.cells.first?.code, "let price = \"$1 and $2$\"\n")
    }

    /// The one-pass table of closing `$` against the direct scan from each start, on every line
    /// of up to 6 characters made of `$`, escapes, backticks, digits, letters and spaces.
    func testInlineClosesEqualAScanFromEveryStart() {
        func scan(_ line: [Character], from start: Int) -> Int? {
            var index = start
            while index < line.count {
                if line[index] == "\\" { index += 2; continue }
                if line[index] == "`" { return nil }
                if line[index] == "$", index > 0, !line[index - 1].isWhitespace,
                   !(index + 1 < line.count && line[index + 1].isNumber) {
                    return index
                }
                index += 1
            }
            return nil
        }
        let alphabet: [Character] = ["$", "a", " ", "1", "\\", "`"]
        var lines: [[Character]] = [[]]
        for length in 1...6 {
            lines += lines.filter { $0.count == length - 1 }.flatMap { line in alphabet.map { line + [$0] } }
        }
        for line in lines {
            let closes = MathScanner.inlineCloses(line)
            for start in 0...line.count {
                XCTAssertEqual(closes[start], scan(line, from: start), "\(String(line)) from \(start)")
            }
        }
    }

    func testUnclosedDisplayMathIsAnError() {
        assertBookError(line: 5, containing: "without a closing") {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$ x + y\n\nmore\n")
        }
    }
}
