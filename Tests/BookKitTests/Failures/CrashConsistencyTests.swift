import XCTest
@testable import BookKit

/// Fault injection: `book build` killed at seeded random moments of every stage (parse, library
/// build, compile, run, render, write) leaves nothing that can change a later build.
///
/// Each round edits one cell, starts a build, kills it, checks that no process it started is
/// alive, edits a cell again and rebuilds; the rebuilt site must show the new output and be
/// byte-identical to a clean build of the same chapters in a fresh folder, and every cache
/// entry must hold the result of the program its key names. Interrupted builds (SIGINT,
/// SIGTERM) must also end with a message and leave the old site whole.
///
/// The book is the fixture `TinyBook` (two chapters of a few small cells) and the libraries come
/// from a small package made here (the real `Notebook`, a one-file `L2Lab`), so that compiles
/// and library builds are fast. The whole class takes a few minutes.
final class CrashConsistencyTests: XCTestCase {
    /// The package of the cell libraries, built once for the class.
    // Safe unsynchronized: XCTest runs the tests of a class one at a time, on one thread.
    nonisolated(unsafe) private static var package: Result<URL, Error>?

    override class func tearDown() {
        if case .success(let folder)? = package {
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
        }
        package = nil
        super.tearDown()
    }

    private static let chapterNames = ["01-first", "02-second"]
    private static let l2labSource = "public enum L2LabVersion { public static let number = 1 }\n"

    /// A package with the real Notebook (and NotebookChannel) sources and a one-file L2Lab.
    private func libraryPackage() throws -> URL {
        if Self.package == nil {
            Self.package = Result {
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("booktest-\(UUID().uuidString)")
                let package = folder.appendingPathComponent("Libraries")
                let sources = package.appendingPathComponent("Sources")
                try FileManager.default.createDirectory(at: sources.appendingPathComponent("L2Lab"),
                                                        withIntermediateDirectories: true)
                for target in ["Notebook", "NotebookChannel"] {
                    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Sources/" + target),
                                                     to: sources.appendingPathComponent(target))
                }
                try Self.l2labSource.write(to: sources.appendingPathComponent("L2Lab/L2Lab.swift"),
                                           atomically: true, encoding: .utf8)
                try """
                // swift-tools-version:6.0
                import PackageDescription

                let package = Package(
                    name: "Libraries",
                    products: [
                        .library(name: "Notebook", type: .dynamic, targets: ["Notebook"]),
                        .library(name: "L2Lab", type: .dynamic, targets: ["L2Lab"]),
                    ],
                    targets: [
                        .target(name: "NotebookChannel"),
                        .target(name: "Notebook", dependencies: ["NotebookChannel"]),
                        .target(name: "L2Lab"),
                    ],
                    swiftLanguageModes: [.v6]
                )

                """.write(to: package.appendingPathComponent("Package.swift"), atomically: true,
                          encoding: .utf8)
                return package
            }
        }
        return try Self.package!.get()
    }

    /// SplitMix64: the test's moments and edits come from a fixed seed, so a failure repeats.
    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// The stages a kill aims at: the progress line to wait for and the longest delay after it.
    private enum Stage: String, CaseIterable {
        case parse, library, compile, run, render, write

        var marker: String? {
            switch self {
            case .parse: return nil
            case .library: return "[book] building library"
            case .compile: return "] compiling"
            case .run: return "] running"
            case .render, .write: return "] rendered"
            }
        }

        /// The delay after the marker is drawn from 0..<this many milliseconds.
        var spread: Int {
            switch self {
            case .parse: return 60
            case .library: return 1500
            case .compile: return 500
            case .run: return 300
            case .render: return 2
            case .write: return 10
            }
        }
    }

    /// A book under test: its root, the value of each chapter's first cell, and the marker that
    /// every process a build starts inherits in its environment.
    private struct Book {
        var root: URL
        var package: URL
        var values: [String: Int] = ["01-first": 1, "02-second": 1]

        var output: URL { root.appendingPathComponent("output") }

        func process(mark: String) -> BookProcess {
            BookProcess(root: root, environment: ["BOOK_FAULT_MARK": mark], package: package)
        }

        mutating func set(_ chapter: String, to value: Int) throws {
            let file = root.appendingPathComponent("chapters/\(chapter).md")
            let text = try String(contentsOf: file, encoding: .utf8)
            let old = "let value = \(values[chapter]!)\n"
            XCTAssertTrue(text.contains(old))
            try text.replacingOccurrences(of: old, with: "let value = \(value)\n")
                .write(to: file, atomically: true, encoding: .utf8)
            values[chapter] = value
        }

        var state: String {
            CrashConsistencyTests.chapterNames.map { "\(values[$0]!)" }.joined(separator: ",")
        }
    }

    /// Sites of clean builds in fresh folders, by chapter values.
    private var cleanSites: [String: [String: Data]] = [:]

    private func cleanSite(of book: Book) throws -> [String: Data] {
        if let site = cleanSites[book.state] { return site }
        let root = try temporaryFolder(self).appendingPathComponent("Clean")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: book.root.appendingPathComponent("chapters"),
                                         to: root.appendingPathComponent("chapters"))
        let outcome = try BookProcess(root: root, package: book.package).run(["build", "--quiet"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let site = try folderBytes(root.appendingPathComponent("output"))
        cleanSites[book.state] = site
        try FileManager.default.removeItem(at: root)
        return site
    }

    private func newBook() throws -> Book {
        var book = Book(root: try fixtureBook("TinyBook", self), package: try libraryPackage())
        let first = try book.process(mark: "first-\(UUID().uuidString)").run(["build", "--quiet"])
        XCTAssertEqual(first.status, 0, first.errors)
        book.values = ["01-first": 1, "02-second": 1]
        return book
    }

    /// The processes whose environment carries `BOOK_FAULT_MARK=mark`, as "id name".
    private func processes(marked mark: String) -> [String] {
        let needle = Data("BOOK_FAULT_MARK=\(mark)\0".utf8)
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return ids.compactMap(Int32.init).filter { $0 != getpid() }.compactMap { id in
            guard let environment = FileManager.default.contents(atPath: "/proc/\(id)/environ"),
                  environment.range(of: needle) != nil else { return nil }
            let stat = (try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8)) ?? ""
            if stat.contains(") Z ") { return nil }  // a zombie: dead, waiting to be reaped
            let name = (try? String(contentsOfFile: "/proc/\(id)/comm", encoding: .utf8)) ?? "?"
            return "\(id) \(name.trimmingCharacters(in: .whitespacesAndNewlines))"
        }.sorted()
    }

    /// Asserts that no process of the build marked `mark` is alive (the kernel and the keepers
    /// end them within milliseconds; this waits up to 0.3 s, less than a compile takes).
    private func assertNothingOutlives(_ mark: String, _ round: String) {
        let deadline = Date().addingTimeInterval(0.3)
        var left = processes(marked: mark)
        while !left.isEmpty && Date() < deadline {
            usleep(20_000)
            left = processes(marked: mark)
        }
        XCTAssertEqual(left, [], "\(round): processes of the killed build still run")
    }

    /// Asserts that every cache entry holds the inputs its key is the hash of, and the output
    /// of the program it stores (each chapter's first cell prints its own value).
    private func assertCacheConsistent(_ book: Book, _ round: String) {
        let entries = ResultCache(folder: book.root.appendingPathComponent(".book-cache/results")).entries()
        XCTAssertEqual(entries.keys.sorted(), Self.chapterNames, round)
        for (name, entry) in entries {
            guard let inputs = entry.inputs else {
                XCTFail("\(round): the entry of \(name) does not store its program")
                continue
            }
            XCTAssertEqual(CacheKey(inputs).hash, entry.key,
                           "\(round): \(name)'s key is not its inputs' hash")
            let word = name == "01-first" ? "first" : "second"
            guard let range = inputs.program.range(of: #"let value = [0-9]+"#, options: .regularExpression),
                  let value = Int(inputs.program[range].dropFirst("let value = ".count)) else {
                XCTFail("\(round): no value in the stored program of \(name)")
                continue
            }
            XCTAssertEqual(entry.result.cells.first?.stdout, "\(word) value \(value)\n",
                           "\(round): \(name)'s stored output is not that of its stored program")
        }
    }

    private func assertNoTemporaries(_ book: Book, _ round: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: book.output.path)) ?? []
        XCTAssertEqual(names.filter { $0.hasSuffix(".partial") }, [], round)
    }

    /// Waits for `marker` in `errors` (or for the build to end), then for `delay` ms.
    private func wait(for marker: String?, in errors: URL, delay: Int, build: Process) {
        if let marker {
            while build.isRunning {
                let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
                if text.contains(marker) { break }
                usleep(1_000)
            }
        }
        usleep(UInt32(delay * 1000))
    }

    /// The last progress line a build printed: where it was when it was killed.
    private func lastLine(_ errors: URL) -> String {
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.map(String.init) ?? "(nothing yet: parsing)"
    }

    /// Changes one chapter's value to one it does not have (values stay in 1...3, so that clean
    /// builds repeat and are built once each).
    private func edit(_ book: inout Book, _ random: inout Random) throws {
        let chapter = Self.chapterNames[random.below(Self.chapterNames.count)]
        let current = book.values[chapter]!
        let choices = [1, 2, 3].filter { $0 != current }
        try book.set(chapter, to: choices[random.below(choices.count)])
    }

    /// One round: edit, build, kill with `signal` at a moment of `stage`, check, edit, rebuild,
    /// check. Returns where the build was when the signal came.
    private func round(_ index: Int, _ book: inout Book, signal: Int32, stage: Stage,
                       random: inout Random) throws -> String {
        let name = "round \(index) (\(stage.rawValue), signal \(signal))"
        let siteBefore = try folderBytes(book.output)
        try edit(&book, &random)
        let l2lab = book.package.appendingPathComponent("Sources/L2Lab/L2Lab.swift")
        if stage == .library {
            // A changed library source makes the build rebuild the libraries.
            try (Self.l2labSource + "// round \(index)\n").write(to: l2lab, atomically: true, encoding: .utf8)
        }
        let mark = "round-\(index)-\(UUID().uuidString)"
        // Beside the book, not in it: the students' copy in the site holds the book's files.
        let errors = book.root.deletingLastPathComponent().appendingPathComponent("killed-\(index).txt")
        let build = try book.process(mark: mark).start(["build", "--jobs", "2"], errorsFile: errors)
        wait(for: stage.marker, in: errors, delay: random.below(stage.spread), build: build)
        let moment = lastLine(errors)
        kill(build.processIdentifier, signal)
        build.waitUntilExit()
        if stage == .library {
            try Self.l2labSource.write(to: l2lab, atomically: true, encoding: .utf8)
        }
        assertNothingOutlives(mark, name)
        // (A SIGKILL while the site is written leaves temporaries beside the old pages; the
        // next build removes them, which the end of the round checks.)
        if signal != SIGKILL { assertNoTemporaries(book, name) }
        let log = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        if signal != SIGKILL && build.terminationReason == .exit && build.terminationStatus != 0 {
            // Stopped by the signal (a build that ended before it came exits 0).
            XCTAssertEqual(build.terminationStatus, 128 + signal, "\(name): \(log)")
            XCTAssertTrue(log.contains("book: stopped by SIG"), "\(name): \(log)")
            if log.contains("the site was not changed") {
                XCTAssertEqual(try folderBytes(book.output), siteBefore, "\(name): the old site is not whole")
            } else {
                XCTAssertTrue(log.contains("the new site had already been written in full"),
                              "\(name): \(log)")
                XCTAssertEqual(try folderBytes(book.output), try cleanSite(of: book), name)
            }
        } else if signal != SIGKILL && build.terminationReason == .uncaughtSignal {
            // Only in the milliseconds before book installed its handler, when it had started
            // nothing and printed nothing.
            XCTAssertEqual(log, "", "\(name): killed by the signal, without a message")
            XCTAssertEqual(try folderBytes(book.output), siteBefore, "\(name): the old site is not whole")
        } else if signal != SIGKILL {
            XCTAssertEqual(build.terminationStatus, 0, "\(name): \(log)")
        }

        try edit(&book, &random)
        let again = try book.process(mark: mark + "-again").run(["build", "--jobs", "2"])
        XCTAssertEqual(again.status, 0, "\(name): \(again.errors)")
        for chapter in Self.chapterNames {
            let page = try String(contentsOf: book.output.appendingPathComponent("\(chapter).html"),
                                  encoding: .utf8)
            let word = chapter == "01-first" ? "first" : "second"
            XCTAssertTrue(page.contains("\(word) value \(book.values[chapter]!)\n"),
                          "\(name): \(chapter) does not show its new value")
        }
        XCTAssertEqual(try folderBytes(book.output), try cleanSite(of: book),
                       "\(name): the site differs from a clean build of the same chapters")
        assertCacheConsistent(book, name)
        assertNoTemporaries(book, name)
        return moment
    }

    func testBuildKilledAtTwentyRandomMomentsLeavesNothingThatChangesTheNextBuild() throws {
        var book = try newBook()
        var random = Random(state: 17)
        var moments: [String] = []
        for index in 0..<20 {
            let stage = Stage.allCases[index % Stage.allCases.count]
            let moment = try round(index, &book, signal: SIGKILL, stage: stage, random: &random)
            moments.append("\(stage.rawValue): \(moment)")
        }
        print("SIGKILL moments (stage aimed at: last progress line before the kill):\n"
            + moments.joined(separator: "\n"))
    }

    func testInterruptedBuildEndsItsProgramsKeepsTheSiteAndSaysSo() throws {
        var book = try newBook()
        var random = Random(state: 71)
        var moments: [String] = []
        let rounds: [(Int32, Stage)] = [(SIGINT, .parse), (SIGTERM, .library), (SIGINT, .compile),
                                        (SIGTERM, .run), (SIGINT, .render), (SIGTERM, .write),
                                        (SIGINT, .run), (SIGTERM, .compile)]
        for (index, (signal, stage)) in rounds.enumerated() {
            let moment = try round(index, &book, signal: signal, stage: stage, random: &random)
            moments.append("\(stage.rawValue) \(signal == SIGINT ? "SIGINT" : "SIGTERM"): \(moment)")
        }
        print("SIGINT/SIGTERM moments:\n" + moments.joined(separator: "\n"))
    }
}
