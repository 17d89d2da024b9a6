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

    func testUnchangedFilesAreLeftAsTheyAre() throws {
        let root = try temporaryFolder(self)
        let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
        let file = { (name: String) in output.url.appendingPathComponent(name) }
        let inode = { (name: String) in FileStatus(path: file(name).path)?.inode }
        try output.write([("a.html", Data("a".utf8)), ("b.html", Data("b".utf8))], removingOthers: true)
        let (a, b, marker) = (inode("a.html"), inode("b.html"), inode(OutputFolder.markerName))

        // A file is replaced by renaming a new one over it: a new inode.
        try output.write([("a.html", Data("a".utf8)), ("b.html", Data("B".utf8))], removingOthers: true)
        XCTAssertEqual(inode("a.html"), a)
        XCTAssertNotEqual(inode("b.html"), b)
        XCTAssertEqual(inode(OutputFolder.markerName), marker)
        XCTAssertEqual(try Data(contentsOf: file("b.html")), Data("B".utf8))

        // Bytes changed by hand since, of the same size, and a link to the same bytes are written over.
        try Data("x".utf8).write(to: file("a.html"))
        try Data("B".utf8).write(to: root.appendingPathComponent("elsewhere"))
        try FileManager.default.removeItem(at: file("b.html"))
        try FileManager.default.createSymbolicLink(at: file("b.html"), withDestinationURL: root.appendingPathComponent("elsewhere"))
        try output.write([("a.html", Data("a".utf8)), ("b.html", Data("B".utf8))], removingOthers: true)
        XCTAssertEqual(try Data(contentsOf: file("a.html")), Data("a".utf8))
        XCTAssertEqual(FileStatus(path: file("b.html").path)?.kind, .file)
        XCTAssertEqual(try Data(contentsOf: file("b.html")), Data("B".utf8))

        // A file left out is still removed, though every other one is unchanged.
        try output.write([("a.html", Data("a".utf8))], removingOthers: true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.url.path).sorted(),
                       [OutputFolder.markerName, "a.html"])
        XCTAssertEqual(output.previousFiles(), ["a.html"])
    }
}
