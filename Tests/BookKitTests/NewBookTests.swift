import XCTest
@testable import BookKit

/// `book init`: a new book that builds at once with this package's cell libraries.
final class NewBookTests: XCTestCase {
    func testANewBookBuildsAtOnceAndShowsItsTableChartValueAndCheck() throws {
        let folder = try temporaryFolder(self)
        let root = folder.appendingPathComponent("my-book")
        let created = try BookProcess(root: folder, package: nil).run(["init", "my-book"])
        XCTAssertEqual(created.status, 0, created.errors)
        for path in ["chapters/book.yml", "chapters/01-first-steps.md", ".gitignore", "README.md"] {
            let file = root.appendingPathComponent(path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), path)
        }
        let gitignore = try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)
        XCTAssertEqual(gitignore.split(separator: "\n").filter { !$0.hasPrefix("#") },
                       [".book-cache/", "output/", ".build/", ".build-cells/"])

        let built = try BookProcess(root: root).run(["build", "--jobs", "1"])
        XCTAssertEqual(built.status, 0, built.errors)
        let page = try String(contentsOf: root.appendingPathComponent("output/01-first-steps.html"),
                              encoding: .utf8)
        XCTAssertTrue(page.contains("<td class=\"num\">10</td><td class=\"num\">100</td><td class=\"num\">100</td>"),
                      "the table, its numbers right-aligned")
        XCTAssertTrue(page.contains("<svg"), "the chart")
        XCTAssertTrue(page.contains("add up to <span class=\"value\">100</span>"), "the inline value")
        XCTAssertTrue(page.contains("<li class=\"passed\">"), "the check")
        XCTAssertTrue(page.contains("<a class=\"xref\" href=\"#fig-growth\">Figure 1.1</a>"), "the reference")
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, [], page) }

        let again = try BookProcess(root: folder, package: nil).run(["init", "my-book"])
        XCTAssertEqual(again.status, 64)
        XCTAssertTrue(again.errors.contains("\(root.path)/chapters: error: refusing to create a book here: "
            + "this already exists"), again.errors)
    }

    func testCellLibrariesComeFromTheBookOrElseFromThePackageBookWasBuiltFrom() throws {
        let elsewhere = try temporaryFolder(self)
        XCTAssertEqual(Workspace.defaultPackageRoot(bookRoot: elsewhere).standardizedFileURL.path,
                       packageRoot.standardizedFileURL.path, "this package, which the tests were built from")
        XCTAssertEqual(Workspace.defaultPackageRoot(bookRoot: packageRoot), packageRoot,
                       "a book that is a package")
    }
}
