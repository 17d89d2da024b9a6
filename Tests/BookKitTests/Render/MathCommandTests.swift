import XCTest
@testable import BookKit

/// The commands of lecture notes: matrices, fraction sizes, bold symbols, braces, stacked
/// scripts, arrows with text, limits, and the structure of the MathML they make.
final class MathCommandTests: XCTestCase {
    private func mathML(_ tex: String, display: Bool = true) throws -> String {
        try TeXToMathML.convert(tex, display: display).description
    }

    private func assertArities(_ markup: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(MathMLElements.arityErrors(MathMLElements.parse(markup)), [], markup,
                       file: file, line: line)
    }

    func testMatricesAreTablesBetweenTheirFences() throws {
        let fences = ["matrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "vmatrix": ("|", "|")]
        for (name, (open, close)) in fences {
            let markup = try mathML("\\begin{\(name)} a & b \\\\ c & \\ddots \\end{\(name)}")
            let table = "<mtable><mtr><mtd><mrow><mi>a</mi></mrow></mtd><mtd><mrow><mi>b</mi></mrow></mtd></mtr>"
                + "<mtr><mtd><mrow><mi>c</mi></mrow></mtd><mtd><mrow><mo>⋱</mo></mrow></mtd></mtr></mtable>"
            let expected = open.isEmpty ? table : "<mrow><mo>\(open)</mo>\(table)<mo>\(close)</mo></mrow>"
            XCTAssertEqual(markup, "<math display=\"block\"><mrow>\(expected)</mrow></math>", name)
        }
    }

    func testFractionSizesAndBinomials() throws {
        XCTAssertTrue(try mathML("\\tfrac{1}{2}").contains(
            "<mstyle displaystyle=\"false\"><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac></mstyle>"))
        XCTAssertTrue(try mathML("\\dfrac12", display: false).contains(
            "<mstyle displaystyle=\"true\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"))
        XCTAssertTrue(try mathML("\\binom{n}{k}").contains(
            "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mrow><mi>n</mi></mrow><mrow><mi>k</mi></mrow></mfrac>"
                + "<mo>)</mo></mrow>"))
    }

    func testBoldLettersAreUnicodeMathematicalAlphanumerics() throws {
        XCTAssertEqual(try mathML("\\mathbf{W}_1 \\boldsymbol{\\theta} \\boldsymbol{x}", display: false),
                       "<math><mrow><msub><mrow><mi>𝐖</mi></mrow><mn>1</mn></msub>"
                           + "<mrow><mi>𝜽</mi></mrow><mrow><mi>𝒙</mi></mrow></mrow></math>")
    }

    func testOperatorNamesAreFollowedByFunctionApplicationAfterTheirScripts() throws {
        XCTAssertEqual(try mathML("\\log x", display: false),
                       "<math><mrow><mi>log</mi><mo>\u{2061}</mo><mi>x</mi></mrow></math>")
        XCTAssertEqual(try mathML("\\operatorname{softmax}_w(z)", display: false),
                       "<math><mrow><msub><mi>softmax</mi><mi>w</mi></msub><mo>\u{2061}</mo>"
                           + "<mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo></mrow></math>")
        XCTAssertTrue(try mathML("\\operatorname*{argmin}_w L").contains(
            "<munder><mi>argmin</mi><mi>w</mi></munder><mo>\u{2061}</mo>"))
        XCTAssertTrue(try mathML("\\max_w L").contains(
            "<munder><mi>max</mi><mi>w</mi></munder><mo>\u{2061}</mo>"))
    }

    func testScriptsAfterRightApplyToTheWholeFencedGroup() throws {
        XCTAssertEqual(try mathML("\\left( a + b \\right)_w", display: false),
                       "<math><mrow><msub><mrow><mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow>"
                           + "<mi>w</mi></msub></mrow></math>")
        XCTAssertTrue(try mathML("\\left. x \\right\\rVert \\rightarrow y").contains(
            "<mrow><mi>x</mi><mo>‖</mo></mrow><mo>→</mo>"))
    }

    func testBracesStackedScriptsArrowsAndLimits() throws {
        XCTAssertTrue(try mathML("\\underbrace{a+b}_{n}", display: false).hasPrefix(
            "<math><mrow><munder><munder accentunder=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
                + "<mo stretchy=\"true\">⏟</mo></munder><mrow><mi>n</mi></mrow></munder>"))
        XCTAssertTrue(try mathML("\\overset{!}{=}").contains(
            "<mover><mrow><mo>=</mo></mrow><mrow><mo>!</mo></mrow></mover>"))
        XCTAssertTrue(try mathML("\\xrightarrow[b]{a}").contains(
            "<munderover><mo stretchy=\"true\">→</mo><mrow><mi>b</mi></mrow><mrow><mi>a</mi></mrow></munderover>"))
        XCTAssertTrue(try mathML("\\sum\\limits_i x", display: false).contains(
            "<munder><mo>∑</mo><mi>i</mi></munder>"))
        XCTAssertTrue(try mathML("\\sum\\nolimits_i x").contains("<msub><mo>∑</mo><mi>i</mi></msub>"))
        XCTAssertTrue(try mathML("{\\displaystyle \\sum_i x}", display: false).contains(
            "<mrow><mstyle displaystyle=\"true\"><munder><mo>∑</mo><mi>i</mi></munder><mi>x</mi></mstyle></mrow>"))
        XCTAssertTrue(try mathML("\\hat{y} \\dot{x} \\tilde w \\bar z A^\\top B^\\intercal").contains(
            "<mover accent=\"true\"><mrow><mi>x</mi></mrow><mo>˙</mo></mover>"))
        XCTAssertTrue(try mathML("a \\gg b \\ll c \\vert d \\Vert \\cdots \\vdots").contains(
            "<mo>≫</mo><mi>b</mi><mo>≪</mo><mi>c</mi><mo stretchy=\"false\">|</mo><mi>d</mi>"
                + "<mo stretchy=\"false\">‖</mo><mo>⋯</mo><mo>⋮</mo>"))
    }

    /// Every construct's documented example converts, inline and on display, and every element
    /// with a fixed number of children has exactly that number.
    func testEveryDocumentedExampleConvertsWithCorrectArities() throws {
        for construct in TeXSymbols.constructs where construct.name != "label" {
            for display in [false, true] {
                let markup = try mathML(construct.example, display: display)
                assertArities(markup)
            }
        }
        let dense = "x_i^2 y' \\hat{\\operatorname{f}}_k \\frac{\\log}{\\left(a\\right)} \\sqrt[\\max]{\\binom ab}"
            + " \\mathbf{x^2} \\underbrace{a}_{\\max_i} \\overbrace{b}^{c} \\begin{cases} a \\\\ b \\end{cases}_i"
        for display in [false, true] { assertArities(try mathML(dense, display: display)) }
    }

    func testMisplacedCommandsAreFailuresNamingThem() {
        let cases: [(tex: String, column: Int, message: String)] = [
            ("a \\limits_i", 3, "\\limits and \\nolimits follow a large operator or an operator name"),
            ("x_\\displaystyle", 3, "\\displaystyle sets the rest of a group: write {\\displaystyle …}"),
            ("\\left( a", 1, "\\left without a matching \\right"),
            ("a \\right)", 3, "\\right without a matching \\left"),
            ("a \\label{eq:x}", 3, "\\label numbers a display formula: write it once inside $$…$$"),
            ("\\begin{array} a \\end{array}", 1, "unsupported environment 'array'"),
        ]
        for (tex, column, message) in cases {
            XCTAssertThrowsError(try TeXToMathML.convert(tex, display: false), tex) { error in
                XCTAssertEqual(error as? TeXToMathML.Failure,
                               TeXToMathML.Failure(message: message, column: column))
            }
        }
    }

    func testAnUnsupportedCommandIsQuotedWithTheFormulaAroundItAtItsLine() {
        let formula = "L(w) = \\frac{1}{n} \\sum_{i=1}^{n} \\ell(y_i, f(x_i))\n + \\frac{\\lambda}{2} \\weird{w}^2"
        let expected = "in the formula '…f(x_i))  + \\frac{\\lambda}{2} \\weird{w}^2', "
            + "at its character 74: unsupported TeX command '\\weird'"
        assertBookError(line: 6, containing: expected) {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$\(formula)\n$$\n")
        }
    }
}
