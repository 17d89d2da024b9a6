import Foundation
import XCTest
@testable import BookKit

/// The theme's files are SwiftPM resources found beside the binary, and the chart palette is
/// one constant that the stylesheet agrees with.
final class ThemeTests: XCTestCase {
    private func stylesheet() throws -> String {
        String(decoding: try Theme.contents(of: Theme.stylesheetName), as: UTF8.self)
    }

    func testTheStylesheetIsReadFromTheResourceFolder() throws {
        let css = try stylesheet()
        XCTAssertTrue(css.contains("\n:root {"), String(css.prefix(40)))
        XCTAssertTrue(css.contains("@media (prefers-color-scheme: dark)"))
        XCTAssertEqual(try Theme.files().map(\.name), Theme.fileNames)
    }

    func testTheMathFontIsAWOFF2FileWithItsLicenceAndTheStylesheetUsesItForMath() throws {
        let font = try Theme.contents(of: Theme.mathFontName)
        XCTAssertEqual(Array(font.prefix(4)), Array("wOF2".utf8), "a WOFF2 file")
        XCTAssertGreaterThan(font.count, 100_000)
        XCTAssertLessThan(font.count, 300_000, "a subset, not the whole 730 KB font")
        let licence = String(decoding: try Theme.contents(of: "GUST-FONT-LICENSE.txt"), as: UTF8.self)
        XCTAssertTrue(licence.contains("GUST Font License"))
        let notice = String(decoding: try Theme.contents(of: "latinmodern-math-subset.txt"), as: UTF8.self)
        XCTAssertTrue(notice.contains("modified version of Latin Modern Math"))
        let css = try stylesheet()
        XCTAssertTrue(css.contains("src: url(\"\(Theme.mathFontName)\") format(\"woff2\");"))
        XCTAssertTrue(css.contains("math { font-size: 1.08em; font-family: \"Book Math\", math; }"))
    }

    func testThePaletteSizeIsTheNumberOfSeriesColoursInTheStylesheet() throws {
        let css = try stylesheet()
        let regex = try NSRegularExpression(pattern: "--series-([0-9]+):")
        let defined = regex.matches(in: css, range: NSRange(css.startIndex..., in: css)).map {
            Int(css[Range($0.range(at: 1), in: css)!])!
        }
        // Once for the light scheme and once for the dark one, each 0 ..< paletteSize.
        XCTAssertEqual(defined, Array(0..<Theme.paletteSize) + Array(0..<Theme.paletteSize))
        for index in 0..<Theme.paletteSize {
            XCTAssertTrue(css.contains("svg .series-\(index) { stroke: var(--series-\(index)); }"), "\(index)")
        }
        XCTAssertFalse(css.contains("--series-\(Theme.paletteSize):"))
        XCTAssertEqual(Theme.seriesClass(Theme.paletteSize - 1), "series-\(Theme.paletteSize - 1)")
        XCTAssertEqual(Theme.seriesClass(Theme.paletteSize + 1), "series-1")
    }

    func testABinaryWithoutItsResourceFolderSaysWhatToCopy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("book")
        XCTAssertThrowsError(try Theme.files(besideExecutable: binary)) { error in
            let error = error as? BookError
            XCTAssertEqual(error?.exitCode, 74)
            XCTAssertEqual(error?.location?.path,
                           folder.resolvingSymlinksInPath().appendingPathComponent(Theme.resourceFolderName).path)
            XCTAssertEqual(error?.message,
                           "cannot read the site's theme (stylesheet, script, math font): it does not exist")
            XCTAssertTrue(error?.hint?.contains("copy the folder \(Theme.resourceFolderName)") == true)
        }
        // With the folder copied beside it, the same files are found.
        let built = Bundle.main.executableURL!.resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(Theme.resourceFolderName)
        try FileManager.default.copyItem(at: built, to: folder.appendingPathComponent(Theme.resourceFolderName))
        let copied = try Theme.files(besideExecutable: binary)
        XCTAssertEqual(copied.map(\.name), Theme.fileNames)
        XCTAssertEqual(copied.map(\.contents), try Theme.files().map(\.contents))
    }
}
