import XCTest
@testable import BookKit

/// Mistakes a new user made, each of which once gave a message that did not say how to fix it:
/// built once through the `book` command line from a small book written by the test.
final class NewUserFailureTests: XCTestCase {
    /// The chapters of the book, by file name.
    private static let chapters: [String: String] = [
        // Two compile errors in two cells; the second has a note of the compiler.
        "01-typos.md": """
        ---
        title: "Typos"
        ---

        ```swift
        let count: Int = "three"
        ```

        ```swift
        plot(BarChart(title: "t", xLabel: "x", yLabel: "y"))
        ```
        """,
        // Runs, but its prose refers to a figure no cell makes.
        "02-dangling.md": """
        ---
        title: "Dangling"
        ---

        See @fig:nowhere.

        ```swift
        print("ran")
        ```
        """,
        // Uses the chapter that did not compile.
        "03-user.md": """
        ---
        title: "User"
        uses: [01-typos]
        ---

        ```swift
        print(imported("01-typos", "count").number)
        ```
        """,
        // Prints colour codes, control characters and bytes that are not UTF-8.
        "04-controls.md": """
        ---
        title: "Controls"
        ---

        ```swift
        import Glibc
        print("\\u{1B}[31mred\\u{1B}[0m plain \\u{1B}]0;title\\u{07}done")
        print("nul\\u{0}bell\\u{7}back\\u{8}esc\\u{1B}x")
        for byte: Int32 in [0x62, 0x61, 0x64, 0xFF, 0xFE, 0x0A] { putchar(byte) }
        ```
        """,
        // A formula with a command the book does not support.
        "05-formula.md": """
        ---
        title: "Formula"
        ---

        The penalty is $\\weird{w}^2$.
        """,
        // Front matter that is not YAML.
        "06-front.md": """
        ---
        title: "Front
        ---

        ```swift
        print("never")
        ```
        """,
    ]

    /// The built book and what `book build` said, shared by the tests.
    // Safe unsynchronized: XCTest runs the tests of a class one at a time, on one thread.
    nonisolated(unsafe) private static var built: Result<(root: URL, outcome: BookProcess.Outcome), Error>?

    override class func tearDown() {
        if case .success(let build)? = built { try? FileManager.default.removeItem(at: build.root) }
        built = nil
        super.tearDown()
    }

    private func build() throws -> (root: URL, outcome: BookProcess.Outcome) {
        if Self.built == nil {
            Self.built = Result {
                let root = FileManager.default.temporaryDirectory
                    .appendingPathComponent("booktest-\(UUID().uuidString)")
                let folder = root.appendingPathComponent("chapters")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (name, text) in Self.chapters {
                    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                }
                return (root, try BookProcess(root: root).run(["build", "--jobs", "2"]))
            }
        }
        return try Self.built!.get()
    }

    private func page(_ name: String) throws -> String {
        try String(contentsOf: build().root.appendingPathComponent("output/\(name).html"), encoding: .utf8)
    }

    func testEveryCompileErrorReachesTheTerminalInOrderWithItsNotes() throws {
        let errors = try build().outcome.errors
        let lines = errors.split(separator: "\n").map(String.init)
        let first = lines.firstIndex {
            $0.hasPrefix("chapters/01-typos.md:6:18: error: cannot convert value of type 'String'")
        }
        let second = lines.firstIndex {
            $0.hasPrefix("chapters/01-typos.md:10:14: error: missing arguments for parameters 'categories', "
                + "'series' in call")
        }
        XCTAssertNotNil(first, errors)
        XCTAssertNotNil(second, errors)
        if let first, let second {
            XCTAssertLessThan(first, second, "in the compiler's order")
            XCTAssertTrue(lines[second + 1].contains(": note: "), "the note follows its error:\n\(errors)")
        }
    }

    func testAChapterThatUsesAFailedOneIsNotRunAndSaysWhich() throws {
        let outcome = try build().outcome
        XCTAssertTrue(outcome.errors.contains(
            "chapters/03-user.md:3:1: error: not run: 01-typos, which it uses, failed\n"), outcome.errors)
        XCTAssertFalse(outcome.errors.contains("list it under"), outcome.errors)
        let user = try page("03-user")
        XCTAssertTrue(user.contains("<strong>chapters/03-user.md:3:1: error:</strong> not run: 01-typos, "
            + "which it uses, failed"))
        XCTAssertFalse(user.contains("<pre class=\"output"), "nothing ran")
    }

    func testAMistakeFoundAfterTheRunShowsOnItsPageAndTheOtherPagesAreWritten() throws {
        let (root, outcome) = try build()
        XCTAssertEqual(outcome.status, 1, "as for a broken cell:\n\(outcome.errors)")
        XCTAssertTrue(outcome.errors.contains(
            "chapters/02-dangling.md:5:5: error: no figure of this chapter has the label 'nowhere'\n"
                + "  hint: label one in its cell: LineChart(..., label: \"nowhere\")"), outcome.errors)
        let dangling = try page("02-dangling")
        XCTAssertTrue(dangling.contains("<strong>chapters/02-dangling.md:5:5: error:</strong> no figure "
            + "of this chapter has the label &#39;nowhere&#39;"))
        XCTAssertTrue(dangling.contains("<pre class=\"output\" data-label=\"Output\">ran\n</pre>"), "its cells' output is kept")
        let output = root.appendingPathComponent("output")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for name in ["01-typos.html", "02-dangling.html", "03-user.html", "04-controls.html", "05-formula.html",
                     "06-front.html", "index.html"] {
            XCTAssertTrue(written.contains(name), name)
        }
        for marker in crashMarkers { XCTAssertFalse(outcome.errors.contains(marker), marker) }
    }

    func testAChapterWithAMistakeInItsTextShowsItOnItsPageAndTheBookIsStillBuilt() throws {
        let errors = try build().outcome.errors
        for line in [
            "chapters/05-formula.md:5:1: error: in the formula '\\weird{w}^2', at its character 1: "
                + "unsupported TeX command '\\weird'\n  hint: the book supports a subset of TeX",
            "chapters/06-front.md:2:14: error: front matter is not valid YAML",
        ] {
            XCTAssertTrue(errors.contains(line), "missing '\(line)' in:\n\(errors)")
        }
        let formula = try page("05-formula")
        XCTAssertTrue(formula.contains("<h1>Formula</h1>"), "the title of its front matter")
        XCTAssertTrue(formula.contains("<strong>chapters/05-formula.md:5:1: error:</strong> in the formula"))
        let front = try page("06-front")
        XCTAssertTrue(front.contains("<h1>06-front</h1>"), "no front matter to read: the file's name")
        XCTAssertTrue(front.contains("<strong>chapters/06-front.md:2:14: error:</strong> front matter is not "
            + "valid YAML"))
        XCTAssertFalse(front.contains("never"), "a broken chapter is not run")
        let index = try page("index")
        XCTAssertTrue(index.contains("<a href=\"06-front.html\">06-front</a>"), "listed in the index")
    }

    func testControlCharactersAndInvalidUTF8ReachThePageVisiblyAndTidily() throws {
        let controls = try page("04-controls")
        let shown = "<pre class=\"output\" data-label=\"Output\">red plain done\nnul␀bell␇back␈esc␛x\nbad\u{FFFD}\u{FFFD}\n</pre>"
        XCTAssertTrue(controls.contains(shown), controls)
        for raw in ["\u{1B}", "\u{0}", "\u{7}", "\u{8}"] { XCTAssertFalse(controls.contains(raw)) }
        if let findings = try unexpectedTidyFindings(controls) { XCTAssertEqual(findings, [], controls) }
    }
}
