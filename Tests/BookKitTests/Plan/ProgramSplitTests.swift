import XCTest
@testable import BookKit

/// A program is cut after its last `memo` cell, and past every cell whose declarations would
/// mean something else in a second module.
final class ProgramSplitTests: XCTestCase {
    private func split(_ cells: [String], prose: String = "") throws -> ProgramSplit? {
        let text = "---\ntitle: T\n---\n" + prose + cells.map { "\n```swift\n\($0)\n```\n" }.joined()
        return ProgramSplit(chapter: try parseChapter(text))
    }

    func testCutFollowsTheLastCellThatCallsMemo() throws {
        let cells = ["let a = memo(\"a\") { 1 }", "let b = a + 1", "let c = try memo(\"c\") { b * 2 }",
                     "print(c)", "check(c == 4, \"c is 4\")"]
        let split = try XCTUnwrap(try split(cells))
        XCTAssertEqual(split.cut, 3)
        XCTAssertTrue(split.prefix.contains("memo(\"c\")"))
        XCTAssertFalse(split.prefix.contains("print(c)"))
        XCTAssertFalse(split.prefix.contains("_notebookFinish()"), "the suffix finishes the program")
        XCTAssertTrue(split.suffix.contains("@testable import ChapterProgram"))
        XCTAssertTrue(split.suffix.contains("print(c)"))
        XCTAssertFalse(split.suffix.contains("memo("))
        XCTAssertTrue(ProgramSplit.launcher.contains("@_silgen_name(\"ChapterProgram_main\")"))
    }

    func testImportsOfEveryCellReachBothHalves() throws {
        let split = try XCTUnwrap(try split(["import Foundation\nlet a = memo(\"a\") { 1 }", "import L2Lab\nprint(a)"]))
        for half in [split.prefix, split.suffix] {
            XCTAssertTrue(half.hasPrefix("import Notebook\nimport Foundation\nimport L2Lab\n"), half)
        }
    }

    func testCutMovesPastCellsThatDeclareTypesExtensionsOrOperators() throws {
        for declaration in ["struct Point { var x = 1 }", "enum E { case a }", "final class C {}",
                            "extension Int { var twice: Int { self * 2 } }", "infix operator <~>",
                            "protocol P {}", "#if DEBUG\nlet d = 1\n#endif"] {
            let cells = ["let a = memo(\"a\") { 1 }", "print(a)", declaration, "print(a + 1)"]
            XCTAssertEqual(try split(cells)?.cut, 3, declaration)
        }
        let allowed = ["func f() -> Int { 1 }", "typealias Row = [Int]", "let b = 2, c = 3", "var (d, e) = (1, 2)"]
        for declaration in allowed {
            XCTAssertEqual(try split(["let a = memo(\"a\") { 1 }", declaration, "print(a)"])?.cut, 1, declaration)
        }
    }

    func testCutMovesPastACellThatRedeclaresANameOfThePrefix() throws {
        XCTAssertEqual(try split(["let a = memo(\"a\") { 1 }", "print(a)", "let a = 2\nprint(a)", "print(0)"])?.cut, 3)
        XCTAssertEqual(try split(["let a = memo(\"a\") { 1 }\nfunc f() {}", "func f(_ x: Int) {}", "print(0)"])?.cut, 2)
        XCTAssertEqual(try split(["guard let g = Optional(memo(\"a\") { 1 }) else { fatalError() }", "let g = 2",
                                  "print(0)"])?.cut, 2, "names bound by a top-level guard")
        // A cell moved into the prefix by one rule brings its names: a later cell redeclaring
        // one of them moves the cut again.
        XCTAssertEqual(try split(["let a = memo(\"a\") { 1 }", "struct S {}\nlet b = 1", "let b = 2", "print(a)"])?.cut, 3)
        XCTAssertEqual(try split(["let a = memo(\"a\") { 1 }", "let x = 1", "print({ let a = 3; return a }())"])?.cut, 1,
                       "a name bound inside a closure is local")
    }

    func testNoSplitWithoutMemoWithoutSuffixOrWithAwaitInThePrefix() throws {
        XCTAssertNil(try split(["let a = 1", "print(a)"]), "nothing marks where the expensive part ends")
        XCTAssertNil(try split(["print(0)", "let a = memo(\"a\") { 1 }"]), "nothing after the cut")
        XCTAssertNotNil(try split(["let a = memo(\"a\") { 1 }"], prose: "The value is {{ a }}.\n"),
                        "the inline values alone are a suffix")
        XCTAssertNil(try split(["func f() async -> Int { 1 }\nlet a = await f()", "let b = memo(\"b\") { a }", "print(b)"]),
                     "top-level await makes the prefix's code asynchronous: it would not return")
    }

    func testSuffixKeepsEveryLineOfItsCellsAtItsMarkdownLine() throws {
        let split = try XCTUnwrap(try split(["let a = memo(\"a\") { 1 }", "print(a)"]))
        XCTAssertTrue(split.suffix.contains("#sourceLocation(file: \"chapters/01-test.md\", line: 10)\nprint(a)"),
                      split.suffix)
    }
}
