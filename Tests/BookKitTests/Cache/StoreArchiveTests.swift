import Crypto
import Foundation
import XCTest
import ZIPFoundation
@testable import BookKit

/// `book store export` and `book store import`: a portable, verified archive of the store.
final class StoreArchiveTests: XCTestCase {
    private func store(_ name: String) throws -> ResultStore {
        let root = try temporaryFolder(self).appendingPathComponent(name)
        return ResultStore(cacheFolder: root.appendingPathComponent(".book-cache"))
    }

    private static func stored(_ payload: String) -> Data {
        Data((SHA256.hash(data: Data(payload.utf8)).hexString + "\n" + payload).utf8)
    }

    /// A store holding one chapter result, one memoized value, a compiled program and a run folder.
    private func filledStore() throws -> (store: ResultStore, chapter: Chapter, key: CacheKey) {
        let store = try store("a")
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n")
        let key = CacheKey(CacheKey.Inputs(program: "print(1)", libraries: "lib", toolchain: "swift 6",
                                           data: [], imports: "", timeLimit: 600))
        let result = ChapterResult(status: .succeeded, cells: [], inlineValues: [], exports: [], failure: nil)
        try ResultCache(folder: store.resultsFolder).store(result, for: chapter, key: key, lineMap: [5])
        try FileManager.default.createDirectory(at: store.memoFolder, withIntermediateDirectories: true)
        let memo = store.memoFile(String(repeating: "ab", count: 32))
        try Self.stored("{\"name\":\"sweep\",\"value\":[1,2]}").write(to: memo)
        try FileManager.default.createDirectory(at: store.programsFolder, withIntermediateDirectories: true)
        try Data("binary".utf8).write(to: store.programsFolder.appendingPathComponent("k.program"))
        let work = store.cacheFolder.appendingPathComponent("work/01-test")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: work.appendingPathComponent("main.swift"))
        return (store, chapter, key)
    }

    /// A ZIP of `entries` under `folder`, with a MANIFEST of their digests unless one is given.
    private func archive(_ entries: [(String, Data)], manifest: String? = nil, link: String? = nil,
                         in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("crafted-\(UUID().uuidString).zip")
        let zip = try Archive(url: url, accessMode: .create)
        let listed = manifest ?? (["book-store 1"] + entries.map {
            SHA256.hash(data: $0.1).hexString + "  " + $0.0
        }).joined(separator: "\n") + "\n"
        for (path, data) in [("MANIFEST", Data(listed.utf8))] + entries {
            try zip.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        if let link {
            let target = Data("/etc/passwd".utf8)
            let size = Int64(target.count)
            try zip.addEntry(with: link, type: .symlink, uncompressedSize: size) { _, _ in target }
        }
        return url
    }

    private func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return ((enumerator?.allObjects as? [String]) ?? []).filter {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent($0).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    func testResultsAndMemoizedValuesTravelByteForByteAndProgramsStayBehind() throws {
        let (source, chapter, key) = try filledStore()
        let file = source.cacheFolder.deletingLastPathComponent().appendingPathComponent("store.zip")
        let written = try StoreArchive.export(source, to: file, shownAs: "store.zip")
        XCTAssertEqual(written.entries, 2)
        let target = try store("b")
        let counts = try StoreArchive.importArchives([(file, "store.zip")], into: target)
        XCTAssertEqual(counts.added, 2)
        XCTAssertEqual(counts.present, 0)
        let travelled = files(under: target.cacheFolder)
        XCTAssertEqual(travelled.count, 2)
        XCTAssertTrue(travelled.allSatisfy { $0.hasPrefix("results/01-test/") || $0.hasPrefix("memo/") },
                      "\(travelled)")
        for path in travelled {
            let copied = try Data(contentsOf: target.cacheFolder.appendingPathComponent(path))
            let original = try Data(contentsOf: source.cacheFolder.appendingPathComponent(path))
            XCTAssertEqual(copied, original, path)
        }
        let cache = ResultCache(folder: target.resultsFolder)
        XCTAssertNotNil(cache.result(for: chapter, key: key, lineMap: [5]))
        let again = try StoreArchive.importArchives([(file, "store.zip")], into: target)
        XCTAssertEqual(again.added, 0)
        XCTAssertEqual(again.present, 2)
        let second = source.cacheFolder.deletingLastPathComponent().appendingPathComponent("again.zip")
        try StoreArchive.export(source, to: second, shownAs: "again.zip")
        XCTAssertEqual(try Data(contentsOf: file), try Data(contentsOf: second),
                       "the same store gives the same archive")
    }

    func testAnAbsoluteOrParentPathRejectsTheArchiveAndImportsNothing() throws {
        let folder = try temporaryFolder(self)
        let memo = ("memo/" + String(repeating: "cd", count: 32) + ".json", Self.stored("{}"))
        let cases = [
            ("../evil.json", "the archive holds a path that leaves its folder, '../evil.json'"),
            ("memo/../../evil.json", "the archive holds a path that leaves its folder"),
            ("/tmp/evil.json", "the archive holds an absolute path, '/tmp/evil.json'"),
            ("results/01-a/.hidden.json", "which is not an entry of a result store"),
        ]
        for (path, message) in cases {
            let bad = try archive([memo, (path, Self.stored("{}"))], in: folder)
            let good = try archive([memo], in: folder)
            let target = try store("t")
            let both = [(url: good, name: "good.zip"), (url: bad, name: "bad.zip")]
            XCTAssertThrowsError(try StoreArchive.importArchives(both, into: target)) {
                let error = $0 as? BookError
                XCTAssertEqual(error?.kind, .input, path)
                XCTAssertEqual(error?.location?.path, "bad.zip", path)
                XCTAssertTrue(error?.message.contains(message) ?? false, "\(String(describing: error))")
                XCTAssertEqual(error?.exitCode, 65)
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: target.cacheFolder.path),
                           "nothing imported, not even from the good archive (\(path))")
            let escaped = folder.appendingPathComponent("evil.json").path
            XCTAssertFalse(FileManager.default.fileExists(atPath: escaped))
        }
    }

    func testADamagedOrForgedEntryRejectsTheArchive() throws {
        let (source, _, _) = try filledStore()
        let folder = source.cacheFolder.deletingLastPathComponent()
        let exported = folder.appendingPathComponent("store.zip")
        try StoreArchive.export(source, to: exported, shownAs: "store.zip")
        var entries = try StoreArchive.read(exported, shownAs: "store.zip")
        let resultIndex = try XCTUnwrap(entries.firstIndex { $0.path.hasPrefix("results/") })
        let zip = try Archive(url: exported, accessMode: .read)
        var manifestData = Data()
        _ = try zip.extract(try XCTUnwrap(zip["MANIFEST"])) { manifestData.append($0) }
        let manifest = String(decoding: manifestData, as: UTF8.self)

        // A byte changed after export: the manifest's digest no longer matches.
        var damaged = entries
        damaged[resultIndex].data[damaged[resultIndex].data.count - 2] ^= 1
        let flipped = try archive(damaged.map { ($0.path, $0.data) }, manifest: manifest, in: folder)
        assertRejected(flipped, "does not have the SHA-256 the MANIFEST gives")

        // The key rewritten with checksum and manifest recomputed: the inputs give another key.
        let text = String(decoding: entries[resultIndex].data, as: UTF8.self)
        let payload = String(text[text.index(after: text.firstIndex(of: "\n")!)...])
        let forgedKey = String(repeating: "0", count: 64)
        let forged = payload.replacingOccurrences(of: #""key":"[0-9a-f]{64}""#,
                                                  with: "\"key\":\"\(forgedKey)\"",
                                                  options: .regularExpression)
        XCTAssertNotEqual(forged, payload)
        entries[resultIndex].data = Self.stored(forged)
        let rewritten = try archive(entries.map { ($0.path, $0.data) }, in: folder)
        assertRejected(rewritten, "is not an intact store entry")

        // Not a ZIP at all, and a ZIP without a manifest.
        let text2 = folder.appendingPathComponent("notes.zip")
        try Data("hello".utf8).write(to: text2)
        assertRejected(text2, "not a store archive (not a ZIP file)")
        assertRejected(try archive([], manifest: "something else\n", in: folder), "has no MANIFEST")
        let linked = try archive([], link: "memo/" + String(repeating: "ef", count: 32) + ".json", in: folder)
        assertRejected(linked, "is a link or a folder, not a file")
        let absent = folder.appendingPathComponent("absent.zip")
        XCTAssertThrowsError(try StoreArchive.read(absent, shownAs: "a.zip")) {
            XCTAssertEqual(($0 as? BookError)?.kind, .io)
            XCTAssertEqual(($0 as? BookError)?.description, "a.zip: error: no such file")
        }
    }

    private func assertRejected(_ file: URL, _ fragment: String, line: UInt = #line) {
        XCTAssertThrowsError(try StoreArchive.read(file, shownAs: "x.zip"), line: line) {
            let message = ($0 as? BookError)?.message ?? "\($0)"
            XCTAssertTrue(message.contains(fragment), message, line: line)
        }
    }
}
