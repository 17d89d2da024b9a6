import XCTest
@testable import BookKit

/// Failures around the output folder and the build as a process: refused `--out` folders, a
/// folder that cannot be written, a full disk, a build killed halfway and two builds at once.
/// Each test gets a copy of the fixture `HeldBook`, built once; its one cell waits while the
/// file named by `BOOK_TEST_HOLD` exists, so that a test can act while a chapter runs.
final class OutputFailureTests: XCTestCase {
    // Safe unsynchronized: XCTest runs the tests of a class one at a time, on one thread.
    nonisolated(unsafe) private static var built: Result<URL, Error>?

    override class func tearDown() {
        if case .success(let root)? = built {
            try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
        }
        built = nil
        super.tearDown()
    }

    /// A copy of the built book: its site in `output/` and its results in the cache.
    private func builtBook() throws -> URL {
        if Self.built == nil {
            Self.built = Result {
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("booktest-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let root = folder.appendingPathComponent("HeldBook")
                let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
                try FileManager.default.copyItem(at: fixture.appendingPathComponent("HeldBook"), to: root)
                let outcome = try BookProcess(root: root).run(["build", "--quiet"])
                XCTAssertEqual(outcome.status, 0, outcome.errors)
                return root
            }
        }
        let root = try temporaryFolder(self).appendingPathComponent("HeldBook")
        try FileManager.default.copyItem(at: try Self.built!.get(), to: root)
        return root
    }

    /// Changes the chapter's prose, so that the next site differs from the last but the
    /// chapter's cached result still holds.
    private func editProse(_ root: URL) throws {
        let chapter = root.appendingPathComponent("chapters/01-held.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try text.replacingOccurrences(of: "first build", with: "second build")
            .write(to: chapter, atomically: true, encoding: .utf8)
    }

    private func assertNoTemporaryFiles(_ output: URL, file: StaticString = #filePath, line: UInt = #line) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        XCTAssertEqual(names.filter { $0.contains(".partial") || $0.contains(".nosync") }, [],
                       file: file, line: line)
    }

    func testOutputFolderThatIsNotABookOutputIsRefused() throws {
        let root = try builtBook()
        let photos = root.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: photos.appendingPathComponent("cat.jpg"))
        let chapters = try folderBytes(root.appendingPathComponent("chapters"))
        for (out, reason) in [
            ("/", "it is the root folder"),
            (FileManager.default.homeDirectoryForCurrentUser.path, "it is the home folder"),
            ("chapters", "it is inside the chapters folder"),
            (".", "it contains the book"),
            ("photos", "it is not empty and was not written by book"),
        ] {
            let outcome = try BookProcess(root: root).run(["build", "--out", out])
            XCTAssertEqual(outcome.status, 64, outcome.errors)
            XCTAssertTrue(outcome.errors.contains("error: refusing to write the site here: \(reason)"),
                          outcome.errors)
            XCTAssertTrue(outcome.errors.contains("hint: choose an empty folder"), outcome.errors)
        }
        XCTAssertEqual(try folderBytes(photos), ["cat.jpg": Data("keep me".utf8)])
        XCTAssertEqual(try folderBytes(root.appendingPathComponent("chapters")), chapters)
    }

    func testOutputFolderThatCannotBeWrittenKeepsThePreviousSite() throws {
        let root = try builtBook()
        let output = root.appendingPathComponent("output")
        let site = try folderBytes(output)
        try editProse(root)
        var book = BookProcess(root: root)
        if geteuid() == 0 {
            // Permissions do not stop root: run the build as the unprivileged user `nobody`.
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            guard FileManager.default.isExecutableFile(atPath: setpriv.path) else {
                throw XCTSkip("running as root without setpriv to drop privileges")
            }
            try run("/bin/chown", ["-R", "65534:65534", root.deletingLastPathComponent().path])
            try run("/bin/chown", ["0:0", output.path])
            book.wrapper = [setpriv.path, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: output.path)
        addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o755],
                                                                  ofItemAtPath: output.path) }
        let outcome = try book.run(["build"])
        XCTAssertEqual(outcome.status, 74, outcome.errors)
        XCTAssertTrue(outcome.errors.contains("/output/01-held.html: error: cannot write this file; "
            + "the previous site is kept"), outcome.errors)
        XCTAssertTrue(outcome.errors.contains("hint: check that the output folder is writable"),
                      outcome.errors)
        XCTAssertEqual(try folderBytes(output), site)
    }

    func testFullDiskKeepsThePreviousSiteWhole() throws {
        let root = try builtBook()
        let output = root.appendingPathComponent("output")
        let site = try folderBytes(output)
        // The new page is over the limit below (files that keep their bytes, as the stylesheet,
        // are not written again).
        let chapter = root.appendingPathComponent("chapters/01-held.md")
        let prose = String(repeating: "A longer second build. ", count: 300)
        try (try String(contentsOf: chapter, encoding: .utf8) + "\n" + prose + "\n")
            .write(to: chapter, atomically: true, encoding: .utf8)
        // A file-size limit of 4 KB makes writes past it fail as on a full disk (EFBIG there,
        // ENOSPC here): book ignores the SIGXFSZ that would otherwise kill it without a word.
        var book = BookProcess(root: root)
        book.wrapper = ["/bin/bash", "-c", "ulimit -f 4; exec \"$0\" \"$@\""]
        let outcome = try book.run(["build"])
        XCTAssertEqual(outcome.reason, .exit)
        XCTAssertEqual(outcome.status, 74, outcome.errors)
        XCTAssertTrue(outcome.errors.contains("/output/01-held.html: error: cannot write this file; "
            + "the previous site is kept"), outcome.errors)
        XCTAssertEqual(try folderBytes(output), site, "no page of the new site replaced an old one")
        assertNoTemporaryFiles(output)
    }

    func testBuildKilledWhileAChapterRunsKeepsTheOldSiteAndTheNextBuildIsCorrect() throws {
        let root = try builtBook()
        let output = root.appendingPathComponent("output")
        let site = try folderBytes(output)
        try editProse(root)
        let hold = root.appendingPathComponent("hold")
        try Data().write(to: hold)
        let errors = root.appendingPathComponent("killed.txt")
        let killed = try BookProcess(root: root, environment: ["BOOK_TEST_HOLD": hold.path])
            .start(["build", "--no-cache"], errorsFile: errors)
        try BookProcess.waitUntil(errors, contains: "[01-held] running")
        let program = try lastRunFolder(root, "01-held").appendingPathComponent("program").path
        // "running" is printed as the program is started: give a loaded machine time to exec it.
        let started = Date().addingTimeInterval(10)
        while processes(running: program).isEmpty && Date() < started { usleep(20_000) }
        XCTAssertEqual(processes(running: program).count, 1, "the held cell program runs")
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        // The cell program, still held, notices that book is gone and ends by itself.
        let deadline = Date().addingTimeInterval(10)
        while !processes(running: program).isEmpty && Date() < deadline { usleep(50_000) }
        XCTAssertEqual(processes(running: program), [], "the orphaned cell program still runs")
        try FileManager.default.removeItem(at: hold)
        XCTAssertEqual(killed.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try folderBytes(output), site)
        assertNoTemporaryFiles(output)

        let again = try BookProcess(root: root).run(["build"])
        XCTAssertEqual(again.status, 0, again.errors)
        let page = try String(contentsOf: output.appendingPathComponent("01-held.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<p>Prose of the second build.</p>"))
        XCTAssertTrue(page.contains("<pre class=\"output\" data-label=\"Output\">done\n</pre>"))
        assertNoTemporaryFiles(output)
    }

    /// The ids of the processes whose executable is the file at `path` (from /proc).
    private func processes(running path: String) -> [Int32] {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return ids.compactMap(Int32.init).filter { id in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(id)/exe")) == path
        }.sorted()
    }

    func testSecondBuildWaitsForTheFirstAndThenUsesItsResult() throws {
        let root = try builtBook()
        let hold = root.appendingPathComponent("hold")
        try Data().write(to: hold)
        let firstErrors = root.appendingPathComponent("first.txt")
        let secondErrors = root.appendingPathComponent("second.txt")
        let first = try BookProcess(root: root, environment: ["BOOK_TEST_HOLD": hold.path])
            .start(["build", "--no-cache"], errorsFile: firstErrors)
        try BookProcess.waitUntil(firstErrors, contains: "[01-held] running")
        let second = try BookProcess(root: root).start(["build"], errorsFile: secondErrors)
        try BookProcess.waitUntil(secondErrors, contains: "another build of this book is running; waiting")
        XCTAssertTrue(first.isRunning)
        XCTAssertTrue(second.isRunning)

        try FileManager.default.removeItem(at: hold)
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        XCTAssertEqual(second.terminationStatus, 0)
        let secondLog = try String(contentsOf: secondErrors, encoding: .utf8)
        XCTAssertTrue(secondLog.contains("[01-held] cached"), "the second build reuses the first's result")
    }

    private func run(_ command: String, _ arguments: [String]) throws {
        let process = try Process.run(URL(fileURLWithPath: command), arguments: arguments)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(command) \(arguments)")
    }
}
