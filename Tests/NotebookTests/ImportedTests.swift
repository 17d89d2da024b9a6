import Foundation
import XCTest
@testable import Notebook

/// `imported(_:_:)` reads the values `book` wrote for the chapter (`BookKit.ImportedValues`):
/// `chapter<TAB>name<TAB>json<TAB>text`, one a line.
final class ImportedTests: XCTestCase {
    /// `ImportTable` reads the file named by `NOTEBOOK_IMPORTS` once, at its first use, so the
    /// file is written before any test runs.
    private static let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("notebook-imports-\(UUID().uuidString).tsv")

    override class func setUp() {
        super.setUp()
        let lines = [
            "01-a\tgain\t1.5\t1.5",
            "01-a\tlabel\t\"x y\"\tx y",
            "01-a\tshort\t1",
            "02-b\ttoo\tmany\tfields\there",
            "",
            "02-b\tempty\t\"\"\t",
            "02-b\tloss\t0.25\t25.0%",
        ]
        try? lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        setenv("NOTEBOOK_IMPORTS", file.path, 1)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: file)
        super.tearDown()
    }

    func testWellFormedLinesAreReadInOrderAndOthersSkipped() {
        XCTAssertEqual(ImportTable.values.map { "\($0.chapter)/\($0.name)" },
                       ["01-a/gain", "01-a/label", "02-b/empty", "02-b/loss"])
    }

    func testAValueKeepsItsTextJSONAndNumber() {
        let loss = imported("02-b", "loss")
        XCTAssertEqual(loss.text, "25.0%")
        XCTAssertEqual(loss.description, "25.0%")
        XCTAssertEqual(loss.notebookText, "25.0%")
        XCTAssertEqual(loss.notebookJSON, "0.25", "re-exported, it keeps the number, not the text")
        XCTAssertEqual(loss.number, 0.25)
        XCTAssertEqual(imported("01-a", "gain").number * 2, 3)

        let label = imported("01-a", "label")
        XCTAssertEqual(label.text, "x y")
        XCTAssertEqual(label.json, "\"x y\"")
        XCTAssertEqual(imported("02-b", "empty").text, "", "an empty last field is a value")
    }
}
