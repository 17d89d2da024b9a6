import Foundation
import XCTest
@testable import BookKit

/// The rule of `HTML`, kept by a scan of the sources that write pages: escaping happens by
/// interpolation, never by a call to `HTML.escape`, and every `HTML(unsafe:)` is counted here
/// and explained by a comment, so that a new one is seen in review.
final class HTMLSafetyTests: XCTestCase {
    /// The folders of BookKit whose files write HTML.
    private static let folders = ["Render", "Site", "Serve"]

    /// The file left out of the scan: the type itself, which defines escaping.
    private static let exempt: Set<String> = ["Render/HTML.swift"]

    /// How many times each file says `HTML(unsafe:`, as reviewed. Update it after reviewing a
    /// change.
    private static let reviewedUnsafeCounts = [
        "Render/DocumentRenderer.swift": 2,
        "Render/TeXToMathML.swift": 1,
        "Site/Handout.swift": 3,
    ]

    /// The scanned files, by path under Sources/BookKit, with their text.
    private func scannedFiles() throws -> [(path: String, text: String)] {
        let root = packageRoot.appendingPathComponent("Sources/BookKit")
        var files: [(path: String, text: String)] = []
        for folder in Self.folders {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".swift") {
                let path = folder + "/" + name
                guard !Self.exempt.contains(path) else { continue }
                let url = root.appendingPathComponent(path)
                files.append((path, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        XCTAssertGreaterThan(files.count, 20, "the scan finds the renderers")
        return files
    }

    func testNoRendererCallsEscapeItself() throws {
        for file in try scannedFiles() {
            XCTAssertFalse(file.text.contains("HTML.escape("),
                           "\(file.path) calls HTML.escape: interpolate the text into an HTML literal")
        }
    }

    func testEveryUnsafeUseIsReviewedAndExplained() throws {
        var counts: [String: Int] = [:]
        for file in try scannedFiles() {
            let lines = file.text.components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where line.contains("HTML(unsafe:") {
                counts[file.path, default: 0] += 1
                let above = number > 0 ? lines[number - 1].trimmingCharacters(in: .whitespaces) : ""
                XCTAssertTrue(line.contains("//") || above.hasPrefix("//"),
                              "\(file.path):\(number + 1): say in a comment why this text is HTML already")
            }
        }
        XCTAssertEqual(counts, Self.reviewedUnsafeCounts,
                       "the uses of HTML(unsafe:) changed: review each new one, then update "
                           + "reviewedUnsafeCounts in HTMLSafetyTests")
    }
}
