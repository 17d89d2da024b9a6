import XCTest
@testable import BookKit

/// Numbered display formulas: `\label{eq:name}` in `$$…$$`, "(1.2)" at the right, and
/// `@eq:name` / `\eqref{eq:name}` in prose as links.
final class EquationTests: XCTestCase {
    private let text = """
    ---
    title: T
    ---
    Unnumbered: $$a = b$$

    $$
    L(w) = \\sum_i \\ell_i + \\lambda \\lVert w \\rVert^2 \\label{eq:ridge}
    $$

    $$ w^\\ast = (X^\\top X + \\lambda I)^{-1} X^\\top y \\label{eq:closed-form} $$

    By @eq:closed-form, which solves \\eqref{eq:ridge}, and `@eq:code`.
    """

    func testLabelledDisplayFormulasAreNumberedInReadingOrder() throws {
        let chapter = try parseChapter(text)
        XCTAssertEqual(chapter.equations, [Equation(label: "ridge", number: 1, line: 7),
                                           Equation(label: "closed-form", number: 2, line: 10)])
        XCTAssertTrue(proseHTML(chapter).contains(
            "<span class=\"equation\" id=\"eq-ridge\"><math display=\"block\"><mrow><mi>L</mi>"))
        XCTAssertTrue(proseHTML(chapter).contains(
            "</mrow></math><span class=\"equation-number\">(1.1)</span></span>"))
        XCTAssertFalse(proseHTML(chapter).contains("label"), "the label is not shown")
        XCTAssertEqual(chapter.references.map(\.label), ["closed-form", "ridge"])
        XCTAssertEqual(chapter.references.map(\.isBareNumber), [false, true])
        XCTAssertEqual(chapter.references.map(\.column), [4, 34])
    }

    func testReferencesReadEquationAndNumberAndLink() throws {
        let chapter = try parseChapter(text)
        let page = renderedPage(chapter, result: succeededRun(chapter))
        XCTAssertTrue(page.contains("By <a class=\"xref\" href=\"#eq-closed-form\">Equation (1.2)</a>, which solves "
            + "<a class=\"xref\" href=\"#eq-ridge\">(1.1)</a>, and <code>@eq:code</code>."))
        XCTAssertTrue(page.contains("<span class=\"equation-number\">(1.2)</span>"))
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, [], page) }
    }

    func testAReferenceToNoEquationIsAnErrorAtItsLineEvenWhenTheChapterFailed() throws {
        let chapter = try parseChapter(text + "\nSee @eq:nothing.\n")
        let index = FigureIndex(chapter: chapter, result: succeededRun(chapter))
        assertBookError(line: 13, containing: "no equation of this chapter has the label 'nothing'") {
            try index.validate(chapter, ranToEnd: false)
        }
    }

    func testMistakesInLabelsAreErrorsAtTheirLine() {
        assertBookError(line: 6, containing: "the label 'eq:a' is already on the formula of line 5") {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$a \\label{eq:a}$$\n$$b \\label{eq:a}$$\n")
        }
        assertBookError(line: 6, containing: "the label 'fig:x' is not 'eq:' followed by") {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$\nx \\label{fig:x}\n$$\n")
        }
        assertBookError(line: 5, containing: "at its character 18: a formula has one \\label") {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$x \\label{eq:a} y \\label{eq:b}$$\n")
        }
        assertBookError(line: 5, containing: "\\label numbers a display formula") {
            _ = try parseChapter("---\ntitle: T\n---\n\nInline $x \\label{eq:a}$ is not numbered.\n")
        }
    }

    func testAFailureAfterTheLabelCountsColumnsInTheFormulaAsWritten() {
        assertBookError(line: 5, containing: "at its character 18: unsupported TeX command '\\foo'") {
            _ = try parseChapter("---\ntitle: T\n---\n\n$$x \\label{eq:a} y \\foo$$\n")
        }
    }
}
