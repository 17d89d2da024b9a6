import XCTest
@testable import BookKit

/// Builds the fixture book whose chapters fail in every way, through the whole pipeline.
final class EndToEndTests: XCTestCase {
    /// What a chapter may print here before it is stopped: 07-endless prints 1 MB lines
    /// without end, and a test need not write the default 512 MB to find that out.
    private let printLimit = 32 << 20

    private func build(_ root: URL, useCache: Bool = true) throws -> [ChapterOutcome] {
        var builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        builder.printLimit = printLimit
        let book = try Book.load(root: root)
        let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
        return try builder.build(book, chapters: [], output: output, useCache: useCache, jobs: 2)
    }

    private func siteBytes(_ root: URL) throws -> [String: Data] {
        let output = root.appendingPathComponent("output")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
            files[name] = try Data(contentsOf: output.appendingPathComponent(name))
        }
        return files
    }

    func testFailuresAreReportedAtTheirLinesAndOtherChaptersAreBuilt() throws {
        let root = try fixtureBook("FailingBook", self)
        let outcomes = try build(root)
        let failures = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.chapter.name, $0.result.failure) })

        XCTAssertNil(failures["01-ok"]!)
        XCTAssertEqual(failures["02-typeerror"]??.location.description, "chapters/02-typeerror.md:8:14")
        XCTAssertTrue(failures["02-typeerror"]??.message.contains("cannot convert") == true)
        // The trap is at the subscript of the cell's third line, which the backtrace names.
        XCTAssertEqual(failures["03-crash"]??.location.description, "chapters/03-crash.md:13:10")
        XCTAssertEqual(failures["03-crash"]??.cellIndex, 1)
        XCTAssertTrue(failures["03-crash"]??.message.hasSuffix("a nil unwrapped, ...) here") == true)
        // A time-out points at the `timeout:` line that set the limit, and says how to raise it.
        XCTAssertEqual(failures["04-timeout"]??.location.description, "chapters/04-timeout.md:3:1")
        XCTAssertEqual(failures["04-timeout"]??.message, "the chapter ran longer than its time limit of 1 s, "
            + "set here, and was stopped in the cell of line 7; to allow more, raise this 'timeout:' (in seconds)")
        XCTAssertEqual(failures["05-exit"]??.location.line, 6)
        XCTAssertTrue(failures["05-exit"]??.message.contains("exited before") == true)
        XCTAssertEqual(failures["06-fatal"]??.location.description, "chapters/06-fatal.md:10:1")
        XCTAssertEqual(failures["06-fatal"]??.message, "Fatal error: boom")
        XCTAssertEqual(failures["07-endless"]??.location.description, "chapters/07-endless.md:6:1")
        XCTAssertEqual(failures["07-endless"]??.message, "the chapter printed more than 32.0 MB and was "
            + "stopped; print less, or write large results to a file")
        let endless = try lastRunFolder(root, "07-endless").appendingPathComponent("stdout.txt")
        let printed = try FileManager.default.attributesOfItem(atPath: endless.path)[.size] as? Int
        XCTAssertGreaterThan(printed ?? 0, printLimit - (1 << 20), "stopped at the limit, not before")
        XCTAssertLessThan(printed ?? .max, 2 * printLimit, "stopped soon after the limit")

        let site = try siteBytes(root)
        for page in ["index.html", "01-ok.html", "02-typeerror.html", "03-crash.html", "04-timeout.html",
                     "05-exit.html", "06-fatal.html", "07-endless.html", "results.json", "style.css"] {
            XCTAssertNotNil(site[page], page)
        }
        let ok = String(decoding: site["01-ok.html"]!, as: UTF8.self)
        XCTAssertTrue(ok.contains("<span class=\"value\">0.3333</span>"))
        XCTAssertTrue(ok.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(ok.contains("<script>"))
        XCTAssertTrue(ok.contains("<h1>Fine &lt;&amp;&gt; &quot;quoted&quot;</h1>"))
        let crash = String(decoding: site["03-crash.html"]!, as: UTF8.self)
        XCTAssertTrue(
            crash.contains("<pre class=\"output\" data-label=\"Output\">before\n</pre>"),
            "output before the crash is kept"
        )
        XCTAssertTrue(crash.contains("chapters/03-crash.md:13:10: error:"))
        for varying in ["Backtracing", "swift-runtime", "0x"] {
            XCTAssertFalse(crash.contains(varying), "the backtracer's notices, with addresses and thread ids, "
                + "are removed: \(varying)")
        }
        let results = String(decoding: site["results.json"]!, as: UTF8.self)
        XCTAssertTrue(results.contains("\"third\": 0.3333333333333333"))
        XCTAssertFalse(results.contains(root.path), "no absolute path reaches the site")

        // A cached rebuild compiles and runs nothing (the time-out is never cached), and
        // gives the same bytes.
        try FileManager.default.removeItem(at: root.appendingPathComponent(".book-cache/work"))
        let again = try build(root)
        XCTAssertEqual(again.filter { !$0.cached }.map(\.chapter.name), ["04-timeout"])
        XCTAssertFalse(FileManager.default.fileExists(
            atPath: root.appendingPathComponent(".book-cache/work/01-ok").path))
        XCTAssertEqual(try siteBytes(root), site)
    }

    private func bookWithOnlyTheGoodChapter() throws -> URL {
        let root = try fixtureBook("FailingBook", self)
        for name in ["02-typeerror", "03-crash", "04-timeout", "05-exit", "06-fatal", "07-endless"] {
            try FileManager.default.removeItem(at: root.appendingPathComponent("chapters/\(name).md"))
        }
        return root
    }

    private func cacheStates(_ root: URL) throws -> [CacheState] {
        let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        return try builder.cacheStates(Book.load(root: root).chapters).map(\.state)
    }

    func testProseEditThatMovesCellsReusesTheResultAtTheNewLines() throws {
        let root = try bookWithOnlyTheGoodChapter()
        XCTAssertEqual(try cacheStates(root), [.absent])
        let first = try build(root)
        XCTAssertEqual(try cacheStates(root), [.current])
        XCTAssertEqual(first[0].result.checks.map(\.line), [9])
        let file = root.appendingPathComponent("chapters/01-ok.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "A third", with: "A new paragraph.\n\nA third")
            .write(to: file, atomically: true, encoding: .utf8)
        let second = try build(root)
        XCTAssertTrue(second[0].cached)
        XCTAssertEqual(second[0].result.checks.map(\.line), [11])
        let page = try String(contentsOf: root.appendingPathComponent("output/01-ok.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<p>A new paragraph.</p>"))
        XCTAssertEqual(try cacheStates(root), [.current], "a prose edit keeps the result current")

        let edited = try String(contentsOf: file, encoding: .utf8)
        try edited.replacingOccurrences(of: "alert(1)", with: "alert(2)").write(to: file, atomically: true,
                                                                                encoding: .utf8)
        XCTAssertEqual(try cacheStates(root), [.stale], "a cell edit makes it stale")
        XCTAssertEqual(CacheState.absent.description, "none", "what `book list` shows")
    }

    func testCorruptCacheEntryIsRebuiltNotTrusted() throws {
        let root = try bookWithOnlyTheGoodChapter()
        _ = try build(root)
        let folder = root.appendingPathComponent(".book-cache/results/01-ok")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(names.count, 1)
        let entry = folder.appendingPathComponent(try XCTUnwrap(names.first))
        var text = try String(contentsOf: entry, encoding: .utf8)
        text = text.replacingOccurrences(of: "0.3333", with: "0.9999")
        try text.write(to: entry, atomically: true, encoding: .utf8)
        let outcomes = try build(root)
        XCTAssertFalse(outcomes[0].cached)
        XCTAssertEqual(outcomes[0].result.inlineValues, ["0.3333"])
        XCTAssertEqual(try siteBytes(root).keys.sorted(),
                       ([".book-output", "01-ok.html", "01-ok.md", "index.html", "results.json", SearchIndex.name,
                         Handout.name, StudentCopy.siteArchiveName]
                        + Theme.fileNames).sorted(),
                       "pages of removed chapters are removed")
    }
}
