import XCTest
@testable import BookKit

final class OutputFolderTests: XCTestCase {
    func testRefusesFoldersThatAreNotBookOutput() throws {
        let root = try temporaryFolder(self)
        let chapters = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        let foreign = root.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("cat.jpg"))

        for (url, reason) in [
            (URL(fileURLWithPath: "/"), "root folder"),
            (FileManager.default.homeDirectoryForCurrentUser, "home folder"),
            (root, "contains the book"),
            (chapters, "chapters folder"),
            (foreign, "not empty"),
        ] {
            XCTAssertThrowsError(try OutputFolder(url: url, bookRoot: root)) { error in
                XCTAssertTrue("\(error)".contains(reason), "\(url.path): \(error)")
                XCTAssertEqual((error as? BookError)?.exitCode, 64)
            }
        }
        XCTAssertEqual(try Data(contentsOf: foreign.appendingPathComponent("cat.jpg")), Data("keep me".utf8))
    }

    func testRewriteRemovesOnlyFilesItWrote() throws {
        let root = try temporaryFolder(self)
        let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
        try output.write([("a.html", Data("a".utf8)), ("b.html", Data("b".utf8))], removingOthers: true)
        try Data("mine".utf8).write(to: output.url.appendingPathComponent("notes.txt"))
        XCTAssertNoThrow(try OutputFolder(url: output.url, bookRoot: root), "a previous output is accepted")

        try output.write([("a.html", Data("a2".utf8))], removingOthers: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.url.path).sorted()
        XCTAssertEqual(names, [".book-output", "a.html", "notes.txt"])
        XCTAssertEqual(output.previousFiles(), ["a.html"])
    }

    func testPartialWriteKeepsOtherPages() throws {
        let root = try temporaryFolder(self)
        let output = try OutputFolder(url: root.appendingPathComponent("out"), bookRoot: root)
        try output.write([("a.html", Data("a".utf8)), ("b.html", Data("b".utf8))], removingOthers: true)
        try output.write([("a.html", Data("a2".utf8))], removingOthers: false)
        XCTAssertEqual(output.previousFiles(), ["a.html", "b.html"])
    }
}
