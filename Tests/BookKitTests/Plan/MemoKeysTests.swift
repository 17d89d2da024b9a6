import XCTest
@testable import BookKit

/// The keys `memo` values are stored under cover the program up to the call, as written.
final class MemoKeysTests: XCTestCase {
    private func keys(_ cells: [String], prose: String = "") throws -> [String] {
        let text = "---\ntitle: T\n---\n" + prose + cells.map { "\n```swift\n\($0)\n```\n" }.joined()
        return MemoKeys.text(try parseChapter(text), base: "base").split(separator: "\n").map { line in
            let fields = line.split(separator: "\t")
            return fields[0] == "site" ? "site \(fields[2]) \(fields[3])" : "cell \(fields[1]) \(fields[2])"
        }
    }

    private func siteKey(_ cells: [String], prose: String = "") throws -> String {
        try XCTUnwrap(try keys(cells, prose: prose).first { $0.hasPrefix("site") })
    }

    func testSiteLineIsTheLineOfTheCallInTheMarkdownFile() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nlet a = 1\nlet b = memo(\"b\") {\n  a\n}\n```\n")
        let site = MemoKeys.text(chapter, base: "").split(separator: "\n").first { $0.hasPrefix("site") }
        XCTAssertEqual(site?.split(separator: "\t")[1], "7")
    }

    func testKeyCoversWhatComesBeforeTheCallNotWhatComesAfter() throws {
        let cells = ["let a = 1", "let b = memo(\"b\") { a + 1 }\nprint(b)", "print(b)"]
        let key = try siteKey(cells)
        XCTAssertEqual(try siteKey(cells, prose: "\nSome prose that moves every cell down.\n"), key,
                       "prose moves the cells, the key stays")
        XCTAssertEqual(try siteKey([cells[0], "let b = memo(\"b\") { a + 1 }\nprint(b, b)", "print(2)"]), key,
                       "edits after the call keep the key")
        XCTAssertNotEqual(try siteKey(["let a = 2", cells[1], cells[2]]), key, "an earlier cell")
        XCTAssertNotEqual(try siteKey([cells[0], "let b = memo(\"b\") { a + 2 }", cells[2]]), key, "the block")
        XCTAssertEqual(try siteKey(cells + ["func helper() -> Int { 1 }"]), key, "a later function it does not call")
        XCTAssertNotEqual(try siteKey(cells + ["extension Int { var twice: Int { 2 * self } }"]), key,
                          "an extension counts whether named or not")
        let calling = ["let a = 1", "let b = memo(\"b\") { a + helper() }", "func helper() -> Int { inner() }",
                       "func inner() -> Int { 1 }"]
        let callingKey = try siteKey(calling)
        XCTAssertNotEqual(try siteKey(Array(calling.prefix(3)) + ["func inner() -> Int { 2 }"]), callingKey,
                          "a function declared later that the block calls, through another one")
        XCTAssertEqual(try siteKey(calling + ["func other() -> Int { 3 }"]), callingKey)
        XCTAssertNotEqual(MemoKeys.text(try parseChapter("---\ntitle: T\n---\n\n```swift\nlet b = memo(\"b\") { 1 }\n```\n"),
                                        base: "other"),
                          MemoKeys.text(try parseChapter("---\ntitle: T\n---\n\n```swift\nlet b = memo(\"b\") { 1 }\n```\n"),
                                        base: "base"), "libraries, toolchain, data and imports")
    }

    func testAllStoredWhenEveryCallSiteHasAValueInTheStore() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\n```swift\nlet a = memo(\"a\") { 1 }\n"
            + "let b = memo(\"b\") { 2 }\n```\n")
        let text = MemoKeys.text(chapter, base: "base")
        let sites = text.split(separator: "\n").filter { $0.hasPrefix("site") }.map { String($0.split(separator: "\t")[3]) }
        XCTAssertEqual(sites.count, 2)
        let folder = try temporaryFolder(self)
        XCTAssertFalse(MemoKeys.allStored(text, in: folder), "an empty store")
        try Data().write(to: folder.appendingPathComponent(sites[0] + "-" + String(repeating: "0", count: 64) + ".json"))
        XCTAssertFalse(MemoKeys.allStored(text, in: folder), "one site of two")
        try Data().write(to: folder.appendingPathComponent(sites[1] + ".json"))
        XCTAssertFalse(MemoKeys.allStored(text, in: folder), "a name that is the site's hash alone is no value of it")
        try Data().write(to: folder.appendingPathComponent(sites[1] + "-" + String(repeating: "1", count: 64) + ".json"))
        XCTAssertTrue(MemoKeys.allStored(text, in: folder))
        let none = MemoKeys.text(try parseChapter("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n"), base: "base")
        XCTAssertFalse(MemoKeys.allStored(none, in: folder), "a program without memo is always optimized")
    }
}
