import Foundation
import XCTest

/// Checks the committed site in `output/` (CI checks that a clean build reproduces it byte for
/// byte): the structure readers and assistive technology rely on, links, and the HTML checker.
final class SiteStructureTests: XCTestCase {
    private let output = packageRoot.appendingPathComponent("output")

    private func pages() throws -> [(name: String, html: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertTrue(names.contains("index.html"))
        return try names.map { name in
            (name, try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8))
        }
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    func testEveryPageHasOneTitleHeadingAndLanguage() throws {
        for page in try pages() {
            XCTAssertEqual(matches("(<h1[ >])", in: page.html).count, 1, page.name)
            XCTAssertTrue(page.html.contains("<html lang=\"en\">"), page.name)
            let head = page.html.components(separatedBy: "</head>")[0]
            XCTAssertEqual(matches("<title>([^<]+)</title>", in: head).count, 1, page.name)
        }
    }

    func testEveryFigureHasACaptionAndEveryChartATitleAndDescription() throws {
        var figures = 0
        for page in try pages() {
            let parts = page.html.components(separatedBy: "<figure").dropFirst()
            for figure in parts {
                let body = figure.components(separatedBy: "</figure>")[0]
                XCTAssertTrue(body.contains("<figcaption><span class=\"label\">"),
                              "\(page.name): \(body.prefix(80))")
                if body.contains("<svg") {
                    XCTAssertTrue(body.contains("<title id=") && body.contains("<desc id="), page.name)
                }
                figures += 1
            }
        }
        XCTAssertGreaterThan(figures, 10)
    }

    func testAssetsAreLocalAndEveryInternalLinkResolves() throws {
        let all = try pages()
        let ids = Dictionary(uniqueKeysWithValues: all.map { page in
            (page.name, Set(matches(" id=\"([^\"]+)\"", in: page.html)))
        })
        for page in all {
            for asset in matches("(?:src|<link[^>]*href)=\"([^\"]+)\"", in: page.html) {
                XCTAssertFalse(asset.contains("//"), "\(page.name): the asset \(asset) is not in output/")
                let file = output.appendingPathComponent(asset)
                XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "\(page.name): \(asset)")
            }
            for link in matches("<a [^>]*href=\"([^\"]+)\"", in: page.html) where !link.contains("://") {
                let parts = link.split(separator: "#", omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? page.name : parts[0]
                XCTAssertNotNil(ids[target] ?? (target == "style.css" ? [] : nil), "\(page.name): \(link)")
                if parts.count > 1 {
                    XCTAssertTrue(ids[target]?.contains(parts[1]) == true,
                                  "\(page.name): \(link) has no target")
                }
            }
        }
    }

    func testEveryPagePassesTheHTMLChecker() throws {
        let tidy = URL(fileURLWithPath: "/usr/bin/tidy")
        guard FileManager.default.isExecutableFile(atPath: tidy.path) else {
            throw XCTSkip("tidy is not installed (scripts/build-book installs it)")
        }
        for page in try pages() {
            let process = Process()
            process.executableURL = tidy
            process.arguments = ["-errors", "-quiet", output.appendingPathComponent(page.name).path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertFalse(report.contains("Error:"), "\(page.name):\n\(report)")
        }
    }
}
