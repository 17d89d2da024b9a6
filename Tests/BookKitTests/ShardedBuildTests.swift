import XCTest
@testable import BookKit

/// The recipe of the README's "Building on several machines", run locally: two shards build in
/// two copies of a book, their stores are exported and imported into a third copy, whose
/// `book build` gives the same bytes as a full build.
final class ShardedBuildTests: XCTestCase {
    static let chapters = [
        "01-seed.md": """
            ---
            title: Seed
            ---

            ```swift
            let base = memo("base") { (1...20).reduce(0.0) { $0 + 1 / Double($1) } }
            export("base", base)
            check(base > 3.5, "the 20th harmonic number exceeds 3.5")
            ```

            The base is {{ base }}.

            """,
        "02-grow.md": """
            ---
            title: Grow
            uses: [01-seed]
            ---

            ```swift
            let grown = imported("01-seed", "base").number * 2
            export("grown", grown)
            show(Table(columns: ["grown"], rows: [[grown]], caption: "Twice the base."))
            ```

            """,
        "03-side.md": """
            ---
            title: Side
            ---

            ```swift
            let side = (1...10).map { Double($0 * $0) }.reduce(0, +)
            print("sum of squares", side)
            export("side", side)
            ```

            """,
        "04-join.md": """
            ---
            title: Join
            uses: [01-seed, 03-side]
            ---

            ```swift
            let total = imported("01-seed", "base").number + imported("03-side", "side").number
            export("total", total)
            ```

            The total is {{ total }}.

            """,
    ]

    /// Compiled programs, shared by the copies as by the builds of one machine, so that each
    /// chapter is compiled once in this test; they never travel in an archive.
    private lazy var programs = FileManager.default.temporaryDirectory
        .appendingPathComponent("booktest-programs-\(UUID().uuidString)")

    private func copy(_ name: String) throws -> URL {
        let root = try temporaryFolder(self).appendingPathComponent(name)
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".book-cache"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(".book-cache/programs"),
                                                   withDestinationURL: programs)
        let shared = programs
        addTeardownBlock { try? FileManager.default.removeItem(at: shared) }
        try "title: Shards\n".write(to: folder.appendingPathComponent("book.yml"), atomically: true,
                                    encoding: .utf8)
        for (file, text) in Self.chapters {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return root
    }

    private func builder(_ root: URL) -> BookBuilder {
        BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                    progress: Progress(quiet: true))
    }

    private func site(_ root: URL) throws -> (outcomes: [ChapterOutcome], files: [String: Data]) {
        let output = root.appendingPathComponent("output")
        let outcomes = try builder(root).build(try Book.load(root: root), chapters: [],
                                               output: try OutputFolder(url: output, bookRoot: root),
                                               useCache: true, jobs: 2)
        var files: [String: Data] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for name in names where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: output.appendingPathComponent(name))
        }
        return (outcomes, files)
    }

    func testTwoShardsMergedGiveTheBytesOfOneFullBuild() throws {
        let full = try site(try copy("full"))
        XCTAssertTrue(full.outcomes.allSatisfy { $0.result.passed }, "\(full.outcomes.map(\.result.failure))")

        var archives: [(url: URL, name: String)] = []
        for index in 1...2 {
            let root = try copy("shard\(index)")
            let book = try Book.load(root: root)
            let share = try Shard("\(index)/2")
            let outcomes = try builder(root).execute(share, of: book, useCache: true, jobs: 1)
            XCTAssertEqual(outcomes.map(\.chapter.name), index == 1 ? ["01-seed", "02-grow"] : ["03-side"])
            XCTAssertTrue(outcomes.allSatisfy { $0.result.passed && !$0.cached })
            let ran = try FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent(".book-cache/results").path).sorted()
            XCTAssertEqual(ran, outcomes.map(\.chapter.name), "a shard runs its share and nothing else")
            XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path),
                           "a shard writes no site")
            let file = root.appendingPathComponent("store-\(index).zip")
            try StoreArchive.export(builder(root).workspace.store, to: file, shownAs: file.lastPathComponent)
            archives.append((file, file.lastPathComponent))
        }

        let merge = try copy("merge")
        let imported = try StoreArchive.importArchives(archives, into: builder(merge).workspace.store)
        XCTAssertEqual(imported.added, 4, "three results and the memoized value")
        let merged = try site(merge)
        XCTAssertEqual(merged.outcomes.map(\.cached), [true, true, true, false],
                       "the shards' chapters come from the store; the joining one runs in the final build")
        XCTAssertEqual(merged.files.keys.sorted(), full.files.keys.sorted())
        for (name, bytes) in full.files {
            XCTAssertEqual(merged.files[name], bytes, "\(name) differs between the merged and the full build")
        }
    }
}
