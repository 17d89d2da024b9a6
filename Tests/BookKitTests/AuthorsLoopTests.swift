import XCTest
@testable import BookKit

/// Memoized values, the store of several results per chapter, and files read by cells.
final class AuthorsLoopTests: XCTestCase {
    private func book(_ chapters: [String: String], files: [String: String] = [:]) throws -> URL {
        let root = try temporaryFolder(self).appendingPathComponent("book")
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: Loop\n".write(to: folder.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        for (name, text) in chapters.merging(files, uniquingKeysWith: { $1 }) {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    private func forgetResults(_ root: URL) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(".book-cache/results"))
    }

    private func edit(_ root: URL, _ name: String, _ old: String, _ new: String) throws {
        let file = root.appendingPathComponent("chapters/" + name)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains(old), old)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    static let memoChapter = """
        ---
        title: Memo
        ---

        The first loss is {{ sweep.losses[0] }} and the label {{ sweep.label }}.

        ```swift
        struct Sweep: Codable { var losses: [Double]; var label: String; var counts: [String: Int] }
        let sweep = memo("sweep") {
            Sweep(losses: [unit() / 3, 0.1 + 0.2, 1e-300, -0.0, .pi, .infinity, 5e-324], label: "λ <&>",
                  counts: ["b": 2, "a": 1, "c": 3])
        }
        ```

        ```swift
        print(sweep.losses, sweep.counts.sorted { $0.key < $1.key })
        export("losses", sweep.losses)
        check(sweep.losses[1] == 0.1 + 0.2, "the sum is kept to the last bit")
        func unit() -> Double { 1 }
        ```

        """

    func testMemoizedValueIsLoadedWithTheSameBytesAndKeyedOnWhatComesBefore() throws {
        let root = try book(["01-memo.md": Self.memoChapter])
        let without = try buildBook(root, memo: false)
        XCTAssertEqual(without.result.status, .succeeded, "\(String(describing: without.result.failure))")
        XCTAssertEqual(without.result.memos.map(\.loaded), [false])
        let bytesWithout = try siteFiles(root)

        try FileManager.default.removeItem(at: root.appendingPathComponent(".book-cache"))
        let computed = try buildBook(root)
        XCTAssertEqual(computed.result.memos.map(\.loaded), [false])
        XCTAssertGreaterThan(computed.result.memos.first?.bytes ?? 0, 0)
        XCTAssertEqual(try siteFiles(root), bytesWithout, "the store changes no byte")

        try forgetResults(root)
        let loaded = try buildBook(root)
        XCTAssertFalse(loaded.cached)
        XCTAssertEqual(loaded.result.memos.map(\.loaded), [true], "run again, the value is loaded")
        XCTAssertEqual(try siteFiles(root), bytesWithout, "a loaded value prints and exports the same bytes")

        // An edit after the block keeps the value; an edit before it, or to a function declared
        // later that the block calls (top-level code may), computes it again.
        try edit(root, "01-memo.md", "print(sweep.losses", "print(\"edited\", sweep.losses")
        try edit(root, "01-memo.md", "export(", "func unused() -> Int { 1 }\nexport(")
        XCTAssertEqual(try buildBook(root).result.memos.map(\.loaded), [true])
        try edit(root, "01-memo.md", "func unit() -> Double { 1 }", "func unit() -> Double { 1.0 }")
        XCTAssertEqual(try buildBook(root).result.memos.map(\.loaded), [false])
        try edit(root, "01-memo.md", "let sweep", "// a comment\nlet sweep")
        XCTAssertEqual(try buildBook(root).result.memos.map(\.loaded), [false])

        // A corrupt stored value is a miss: computed again, same output.
        let key = try XCTUnwrap(try buildBook(root).result.memos.first?.key)
        let file = root.appendingPathComponent(".book-cache/memo/\(key).json")
        var stored = try Data(contentsOf: file)
        stored[stored.count - 3] ^= 1
        try stored.write(to: file)
        try forgetResults(root)
        let recomputed = try buildBook(root)
        XCTAssertEqual(recomputed.result.memos.map(\.loaded), [false], "a damaged value is not trusted")
        XCTAssertEqual(recomputed.result.memos.first?.key, key)
        XCTAssertTrue(String(decoding: try siteFiles(root)["01-memo.html"]!, as: UTF8.self).contains("edited"))
    }

    static let csvChapter = """
        ---
        title: Data
        ---

        The total is {{ total }}.

        ```swift
        import Foundation
        let text = try String(contentsOfFile: bookFile("chapters/data.csv"), encoding: .utf8)
        let total = memo("total") {
            text.split(separator: "\\n").dropFirst().compactMap { Int($0.split(separator: ",")[1]) }.reduce(0, +)
        }
        print(total)
        ```

        """

    func testAFileTheChapterReadsIsPartOfItsResultAndOfItsMemoizedValues() throws {
        let root = try book(["01-data.md": Self.csvChapter], files: ["data.csv": "name,count\na,1\nb,2\n"])
        let csv = root.appendingPathComponent("chapters/data.csv")
        let first = try buildBook(root)
        XCTAssertEqual(first.result.status, .succeeded, "\(String(describing: first.result.failure))")
        XCTAssertFalse(first.cached)
        XCTAssertEqual(first.result.inlineValues, ["3"])
        XCTAssertEqual(first.result.filesRead.map(\.path), ["chapters/data.csv"])
        XCTAssertTrue(try buildBook(root).cached, "nothing changed: cached")

        try "name,count\na,1\nb,7\n".write(to: csv, atomically: true, encoding: .utf8)
        let changed = try buildBook(root)
        XCTAssertFalse(changed.cached, "one byte of the file changed: run again")
        XCTAssertEqual(changed.result.inlineValues, ["8"])
        XCTAssertEqual(changed.result.memos.map(\.loaded), [false], "the memoized value depends on it")
        XCTAssertFalse(FileManager.default.fileExists(
            atPath: try lastRunFolder(root, "01-data").appendingPathComponent("compiler.txt").path),
            "the same program is not compiled again")
        XCTAssertTrue(try buildBook(root).cached)

        try "name,count\na,1\nb,2\n".write(to: csv, atomically: true, encoding: .utf8)
        let undone = try buildBook(root)
        XCTAssertTrue(undone.cached, "undoing the change finds the earlier result in the store")
        XCTAssertEqual(undone.result.inlineValues, ["3"])
        XCTAssertEqual(try siteFiles(root)["01-data.html"].map { String(decoding: $0, as: UTF8.self) }?
            .contains("The total is <span class=\"value\">3</span>"), true)

        // `book clean --unused` keeps the current result and its value, and nothing else.
        var builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        builder.useMemoStore = true
        let book = try Book.load(root: root)
        let listing = try builder.listing(book.chapters)
        XCTAssertEqual(listing.first?.state, .current)
        XCTAssertEqual(listing.first?.memos.map(\.name), ["total"])
        XCTAssertNotNil(listing.first?.memos.first?.bytes ?? nil)
        XCTAssertEqual(ResultStore(cacheFolder: root.appendingPathComponent(".book-cache")).items().count, 8,
                       "two results, two values, the optimized program, and the cut program tried once the value was "
                       + "stored (ProgramSplit: the prefix with its launcher, its module, the suffix)")
        let removed = try builder.cleanUnused(book.chapters)
        XCTAssertEqual(removed.entries, 6, "the other result, its value, and the programs")
        XCTAssertTrue(try buildBook(root).cached)
    }

    func testUndoingACellEditIsAHit() throws {
        let root = try book(["01-memo.md": Self.memoChapter])
        XCTAssertFalse(try buildBook(root).cached)
        try edit(root, "01-memo.md", "print(sweep.losses", "print(1, sweep.losses")
        XCTAssertFalse(try buildBook(root).cached)
        try edit(root, "01-memo.md", "print(1, sweep.losses", "print(sweep.losses")
        XCTAssertTrue(try buildBook(root).cached, "the first result is still in the store")
    }

    func testStoreEvictsTheLeastRecentlyUsedEntriesPastItsBound() throws {
        let store = ResultStore(cacheFolder: try temporaryFolder(self))
        try FileManager.default.createDirectory(at: store.memoFolder, withIntermediateDirectories: true)
        for (index, name) in ["old", "middle", "new"].enumerated() {
            let file = store.memoFile(name)
            try Data(repeating: 1, count: 100).write(to: file)
            let date = Date(timeIntervalSince1970: 1_000_000 + Double(index) * 100)
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file.path)
        }
        XCTAssertEqual(store.evict(toFit: 1000), [])
        let removed = store.evict(toFit: 150)
        XCTAssertEqual(removed.map { $0.url.lastPathComponent }, ["old.json", "middle.json"])
        XCTAssertEqual(store.items().map { $0.url.lastPathComponent }, ["new.json"])
    }
}
