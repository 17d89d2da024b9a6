import Foundation
import XCTest
@testable import BookKit

/// The MathML of the book is correct, not only displayed: every `msub`, `msup`, `msubsup`,
/// `mfrac`, `mover`, `munder`, `munderover` and `mroot` has exactly the children MathML
/// requires, and every operator name is followed by U+2061. Checked on every formula of the
/// book's chapters as the parser converts them now, and on every `<math>` of the committed site.
final class MathMLStructureTests: XCTestCase {
    /// The operator names the chapters write, with `\log` or `\operatorname{…}`.
    private let names = TeXSymbols.functions.union(["softmax", "diag", "Var", "df", "argmin", "argmax"])

    private func formulas(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<math"), let end = rest[start.lowerBound...].range(of: "</math>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    private func assertCorrect(_ html: String, in place: String, file: StaticString = #filePath,
                               line: UInt = #line) -> Int {
        let found = formulas(in: html)
        for formula in found {
            let elements = MathMLElements.parse(formula)
            XCTAssertEqual(MathMLElements.arityErrors(elements), [], "\(place): \(formula)",
                           file: file, line: line)
            XCTAssertEqual(MathMLElements.operatorNamesWithoutApplication(elements, names: names), [],
                           "\(place): \(formula)", file: file, line: line)
        }
        return found.count
    }

    func testTheCheckerFindsWrongArityAndMissingApplication() {
        let wrong = "<math><mrow><msub><mi>softmax</mi><mo>\u{2061}</mo><mi>w</mi></msub>"
            + "<mfrac><mn>1</mn></mfrac><mi>log</mi><mi>x</mi></mrow></math>"
        let elements = MathMLElements.parse(wrong)
        XCTAssertEqual(MathMLElements.arityErrors(elements),
                       ["msub with 3 children", "mfrac with 1 children"])
        XCTAssertEqual(MathMLElements.operatorNamesWithoutApplication(elements, names: names),
                       ["msub", "log"])
    }

    func testEveryFormulaOfTheChaptersIsCorrectMathML() throws {
        let book = try Book.load(root: packageRoot)
        var count = 0
        for chapter in book.chapters {
            count += assertCorrect(proseHTML(chapter), in: chapter.path)
        }
        XCTAssertGreaterThan(count, 100, "the chapters' formulas were found")
    }

    func testEveryFormulaOfTheCommittedSiteIsCorrectMathML() throws {
        let output = packageRoot.appendingPathComponent("output")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        var count = 0
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            count += assertCorrect(html, in: page)
        }
        XCTAssertGreaterThan(count, 100, "the site's formulas were found")
    }
}
