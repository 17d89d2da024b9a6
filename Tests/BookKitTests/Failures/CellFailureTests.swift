import XCTest
@testable import BookKit

/// Cells that misbehave, built once through the `book` command line from the fixture
/// `HostileBook`. Compile errors, traps, `fatalError`, time-outs and early `exit(0)` are
/// covered by `EndToEndTests` with the fixture `FailingBook`.
final class CellFailureTests: XCTestCase {
    /// The built copy of the fixture and what `book build` said, shared by the tests.
    // Safe unsynchronized: XCTest runs the tests of a class one at a time, on one thread.
    nonisolated(unsafe) private static var built: Result<(root: URL, outcome: BookProcess.Outcome), Error>?

    override class func tearDown() {
        if case .success(let build)? = built {
            try? FileManager.default.removeItem(at: build.root.deletingLastPathComponent())
        }
        built = nil
        super.tearDown()
    }

    private func build() throws -> (root: URL, outcome: BookProcess.Outcome) {
        if Self.built == nil {
            Self.built = Result {
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("booktest-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let root = folder.appendingPathComponent("HostileBook")
                try FileManager.default.copyItem(at: Self.fixture, to: root)
                let book = BookProcess(root: root, environment: ["BOOK_DATA_DIR": root.path + "/data"])
                return (root, try book.run(["build", "--jobs", "2"]))
            }
        }
        return try Self.built!.get()
    }

    private static var fixture: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("HostileBook")
    }

    private func page(_ name: String) throws -> String {
        try String(contentsOf: build().root.appendingPathComponent("output/\(name).html"), encoding: .utf8)
    }

    func testFailingCellsExitWithOneAndNameTheirPlacesWithoutACrashTrace() throws {
        let outcome = try build().outcome
        XCTAssertEqual(outcome.reason, .exit)
        XCTAssertEqual(outcome.status, 1, outcome.errors)
        for line in [
            "chapters/01-escaping.md:19:1: error: check failed: a failing claim <b>&</b>",
            "chapters/04-inline.md:9:17: error: cannot find 'undefinedName' in scope",
            "chapters/05-data.md:6:1: error: the cell threw an error that nothing caught: "
                + "data/chitchat/dataset.json: error: expected complete, valid JSON",
        ] {
            XCTAssertTrue(outcome.errors.contains(line), "missing '\(line)' in:\n\(outcome.errors)")
        }
        for marker in crashMarkers {
            XCTAssertFalse(outcome.errors.contains(marker), "'\(marker)' in:\n\(outcome.errors)")
        }
    }

    func testFloodOfOutputIsCutAndTheCutIsReported() throws {
        let flood = try page("02-flood")
        XCTAssertTrue(flood.contains("[output cut: the cell printed 100.0 MB; the first 256 KB are shown]"))
        XCTAssertTrue(flood.contains("[output cut: the cell printed 8.0 MB; the first 256 KB are shown]"))
        XCTAssertTrue(flood.contains("after the flood"), "the cell after the flood still runs and shows")
        XCTAssertLessThan(flood.utf8.count, 1_000_000)
    }

    func testCellRunsInAScratchFolderAwayFromTheBook() throws {
        let root = try build().root
        let scratch = try page("03-scratch")
        for line in ["in scratch", "wrote notes.txt", "could not write output/index.html",
                     "could not write chapters/03-scratch.md"] {
            XCTAssertTrue(scratch.contains(line), line)
        }
        let index = try String(contentsOf: root.appendingPathComponent("output/index.html"), encoding: .utf8)
        XCTAssertFalse(index.contains("overwritten by a cell"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("notes.txt").path))
    }

    func testChapterSourcesAreNeverModified() throws {
        let chapters = try build().root.appendingPathComponent("chapters")
        let original = Self.fixture.appendingPathComponent("chapters")
        XCTAssertEqual(try folderBytes(chapters), try folderBytes(original))
    }

    func testInlineValueThatDoesNotCompileIsReportedAtItsColumn() throws {
        let inline = try page("04-inline")
        XCTAssertTrue(inline.contains(
            "<strong>chapters/04-inline.md:9:17: error:</strong> cannot find &#39;undefinedName&#39; in scope"
        ))
        XCTAssertTrue(inline.contains("<span class=\"value missing\""), "the inline value is marked missing")
    }

    func testUncaughtDataErrorShowsTheLoadersMessageAndNoStackTrace() throws {
        let data = try page("05-data")
        XCTAssertTrue(data.contains(
            "<strong>chapters/05-data.md:6:1: error:</strong> the cell threw an error that nothing caught: "
                + "data/chitchat/dataset.json: error: expected complete, valid JSON"
        ))
        XCTAssertFalse(data.contains("Current stack trace"))
        XCTAssertFalse(data.contains("0x0000"), "no machine addresses reach the site")
    }

    func testMarkupInTitlesOutputsTablesChecksAndValuesIsEscapedEverywhere() throws {
        let output = try build().root.appendingPathComponent("output")
        for (name, bytes) in try folderBytes(output) where name.hasSuffix(".html") {
            // The site's own optional script is the one tag allowed; nothing from a chapter.
            let html = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: Theme.scriptTag.description, with: "")
            for raw in ["<script", "</script", "<b>", "<i>", "<caption>"] {
                XCTAssertFalse(html.contains(raw), "\(name) contains '\(raw)'")
            }
        }
        let escaping = try page("01-escaping")
        for escaped in [
            "<title>Tags &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; "
                + "&#39;single&#39; · Hostile &lt;/script&gt; &amp; &lt;book&gt;</title>",
            "<span class=\"article-section\">1 &lt;b&gt;&amp;&lt;/b&gt;</span>",
            "<span class=\"value\">&lt;/script&gt;&lt;b&gt;&amp;&quot;&#39;</span>",
            "<pre class=\"output\" data-label=\"Output\">&lt;/script&gt;&lt;script&gt;alert(&#39;out&#39;)&lt;/script&gt; &amp;",
            "<th scope=\"col\">&lt;th&gt;</th>",
            "<td>&lt;/script&gt;</td>",
            "</span> &lt;caption&gt; &amp; &quot;c&quot;</figcaption>",
            "claim with &lt;/script&gt; &amp; &lt;b&gt;</li>",
        ] {
            XCTAssertTrue(escaping.contains(escaped), escaped)
        }
        let index = try page("index")
        XCTAssertTrue(index.contains("<h1>Hostile &lt;/script&gt; &amp; &lt;book&gt;</h1>"))
        let results = try Data(contentsOf: output.appendingPathComponent("results.json"))
        let chapters = (try JSONSerialization.jsonObject(with: results) as? [String: Any])?["chapters"]
        XCTAssertEqual((chapters as? [String: [String: String]])?["01-escaping"]?["evil"],
                       "</script><script>alert('export')</script>",
                       "results.json is JSON, not HTML: the exported string is kept exactly")
    }
}
