import XCTest
@testable import BookKit

/// Inputs that crashed the chapter parser under libFuzzer (scripts/fuzz, docs/FUZZING.md), kept
/// in Fixtures/FuzzCrashes and fed again through the entry point that crashed.
final class FuzzRegressionTests: XCTestCase {
    /// The first is what libFuzzer found (1,390 bytes after minimizing, enough under
    /// AddressSanitizer); the second overflows the stack of a plain debug build too.
    func testDeeplyNestedGroupsAreAFailureNotAStackOverflow() throws {
        for name in ["tex-libfuzzer-crash-83554e05-minimized.tex", "tex-nested-groups.tex"] {
            let tex = try crashInput(name)
            XCTAssertThrowsError(try TeXToMathML.convert(tex, display: true), name) { error in
                XCTAssertEqual((error as? TeXToMathML.Failure)?.message,
                               "the formula nests groups or arguments more than 100 levels deep", name)
            }
        }
    }

    func testDeeplyNestedArgumentsAreAFailureNotAStackOverflow() throws {
        let tex = try crashInput("tex-nested-square-roots.tex")
        XCTAssertThrowsError(try TeXToMathML.convert(tex, display: false)) { error in
            XCTAssertTrue(error is TeXToMathML.Failure, "\(error)")
        }
    }

    func testChapterWithADeeplyNestedFormulaIsABookErrorAtTheFormulasLine() throws {
        let text = try crashInput("chapter-nested-formula.md")
        assertBookError(line: 5, containing: "more than 100 levels deep") { _ = try parseChapter(text) }
    }

    func testNestingUpToTheLimitStillConverts() throws {
        // The formula's own sequence is one level, each group one more.
        let groups = TeXToMathML.maximumDepth - 1
        let tex = String(repeating: "{", count: groups) + "x" + String(repeating: "}", count: groups)
        XCTAssertTrue(try TeXToMathML.convert(tex, display: false).description.contains("<mi>x</mi>"))
    }

    private func crashInput(_ name: String) throws -> String {
        let fixtures = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: fixtures.appendingPathComponent("FuzzCrashes/\(name)"), encoding: .utf8)
    }
}
