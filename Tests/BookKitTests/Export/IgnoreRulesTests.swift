import XCTest
@testable import BookKit

final class IgnoreRulesTests: XCTestCase {
    /// The repository's own `.gitignore` lines, read as git reads them.
    private let rules = IgnoreRules("""
        # builds
        .build/
        Package.resolved
        *.o
        __pycache__/
        output/book.pdf
        /notes.txt
        !kept.o
        docs/**/draft.md

        """)

    func testANameWithoutSlashMatchesAtAnyDepth() {
        XCTAssertTrue(rules.ignores("Package.resolved", isFolder: false))
        XCTAssertTrue(rules.ignores("Tests/Fixture/Package.resolved", isFolder: false))
        XCTAssertTrue(rules.ignores("Sources/CBookSpawn/spawn.o", isFolder: false))
        XCTAssertFalse(rules.ignores("Package.swift", isFolder: false))
        XCTAssertFalse(rules.ignores("Sources/spawn.oc", isFolder: false))
        // A wildcard does not cross a slash.
        XCTAssertFalse(rules.ignores("Sources/a.o/b", isFolder: false))
    }

    func testATrailingSlashMatchesFoldersOnly() {
        XCTAssertTrue(rules.ignores("scripts/reference/__pycache__", isFolder: true))
        XCTAssertFalse(rules.ignores("scripts/__pycache__", isFolder: false))
        XCTAssertTrue(rules.ignores(".build", isFolder: true))
    }

    func testAPatternWithASlashIsAnchoredAtTheRoot() {
        XCTAssertTrue(rules.ignores("output/book.pdf", isFolder: false))
        XCTAssertFalse(rules.ignores("site/output/book.pdf", isFolder: false))
        XCTAssertTrue(rules.ignores("notes.txt", isFolder: false))
        XCTAssertFalse(rules.ignores("docs/notes.txt", isFolder: false))
    }

    func testCommentsNegationsAndDoubleStarsAreSkipped() {
        XCTAssertFalse(rules.ignores("# builds", isFolder: false))
        // '!kept.o' is not read, so '*.o' still leaves kept.o out; 'docs/**/draft.md' is not
        // read, so the draft stays in.
        XCTAssertTrue(rules.ignores("kept.o", isFolder: false))
        XCTAssertFalse(rules.ignores("docs/a/draft.md", isFolder: false))
        XCTAssertFalse(IgnoreRules("").ignores("anything", isFolder: false))
    }
}
