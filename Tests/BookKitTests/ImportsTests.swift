import XCTest
@testable import BookKit

/// A chapter reads the values that earlier chapters exported.
final class ImportsTests: XCTestCase {
    private func write(_ text: String, to name: String, in root: URL) throws {
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func exporter(_ value: Double) -> String {
        "---\ntitle: A\n---\n\n```swift\nexport(\"gain\", \(value))\ncheck(true, \"exported\")\n```\n"
    }

    private let user = """
    ---
    title: B
    uses: [01-a]
    ---

    The gain was {{ imported("01-a", "gain") }}, doubled {{ imported("01-a", "gain").number * 2 }}.
    """

    func testImportedValuesFlowAndEnterTheCacheKey() throws {
        let root = try temporaryFolder(self)
        try write(exporter(1.5), to: "01-a.md", in: root)
        try write(user, to: "02-b.md", in: root)
        let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        var book = try Book.load(root: root)
        let onlyB = try book.chapters(named: ["02-b"])
        let first = try builder.execute(onlyB, in: book, useCache: true, jobs: 2)
        XCTAssertEqual(first.map(\.chapter.name), ["02-b"], "only the requested chapter is returned")
        XCTAssertEqual(first[0].result.inlineValues, ["1.5", "3"])

        try write(exporter(2.5), to: "01-a.md", in: root)
        book = try Book.load(root: root)
        let second = try builder.execute(
            try book.chapters(named: ["02-b"]),
            in: book,
            useCache: true,
            jobs: 2
        )
        XCTAssertFalse(second[0].cached, "a new imported value runs the chapter again")
        XCTAssertEqual(second[0].result.inlineValues, ["2.5", "5"])
    }

    func testUsingALaterOrUnknownChapterIsAnError() throws {
        let root = try temporaryFolder(self)
        try write(user.replacingOccurrences(of: "01-a", with: "03-c"), to: "02-b.md", in: root)
        XCTAssertThrowsError(try Book.load(root: root)) { error in
            XCTAssertEqual((error as? BookError)?.location?.path, "chapters/02-b.md")
            XCTAssertTrue("\(error)".contains("not an earlier chapter"))
        }
    }
}
