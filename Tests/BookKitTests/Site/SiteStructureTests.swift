import Foundation
import XCTest
@testable import BookKit

/// The structure readers and assistive technology rely on, links, and the HTML checker, on two
/// sites: the fixture book `SiteBook`, built afresh (`FreshSite`), and the committed `output/`
/// (whose bytes CI checks against a clean build of the book).
final class SiteStructureTests: XCTestCase {
    /// Each site: its folder, its pages, and how many figures and tables it has at least.
    private func sites() throws -> [(output: URL, pages: [(name: String, html: String)], figures: Int)] {
        let committed = packageRoot.appendingPathComponent("output")
        return [
            (try FreshSite.output(), try pages(in: try FreshSite.output()), 5),
            (committed, try pages(in: committed), 11),
        ]
    }

    private func pages(in output: URL) throws -> [(name: String, html: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertTrue(names.contains("index.html"), output.path)
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
        for site in try sites() {
            for page in site.pages {
                let name = "\(site.output.path)/\(page.name)"
                XCTAssertEqual(matches("(<h1[ >])", in: page.html).count, 1, name)
                XCTAssertTrue(page.html.contains("<html lang=\"en\">"), name)
                let head = page.html.components(separatedBy: "</head>")[0]
                XCTAssertEqual(matches("<title>([^<]+)</title>", in: head).count, 1, name)
            }
        }
    }

    func testEveryFigureHasACaptionAndEveryChartATitleAndDescription() throws {
        for site in try sites() {
            var figures = 0
            for page in site.pages {
                let name = "\(site.output.path)/\(page.name)"
                let parts = page.html.components(separatedBy: "<figure").dropFirst()
                for figure in parts {
                    let body = figure.components(separatedBy: "</figure>")[0]
                    XCTAssertTrue(body.contains("<figcaption><span class=\"label\">"),
                                  "\(name): \(body.prefix(80))")
                    if body.contains("<svg") {
                        XCTAssertTrue(body.contains("<title id=") && body.contains("<desc id="), name)
                    }
                    figures += 1
                }
            }
            XCTAssertGreaterThanOrEqual(figures, site.figures, site.output.path)
        }
    }

    func testEachChapterOffersItsMarkdownSourceByteForByte() throws {
        let output = try FreshSite.output()
        let chapters = output.deletingLastPathComponent().appendingPathComponent("chapters")
        for name in ["01-parts", "02-more"] {
            XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(name + ".md")),
                           try Data(contentsOf: chapters.appendingPathComponent(name + ".md")), name)
            let page = try String(contentsOf: output.appendingPathComponent(name + ".html"), encoding: .utf8)
            XCTAssertTrue(page.contains("<a href=\"\(name).md\" download>"), name)
        }
    }

    func testAssetsAreLocalAndEveryInternalLinkResolves() throws {
        for site in try sites() {
            let ids = Dictionary(uniqueKeysWithValues: site.pages.map { page in
                (page.name, Set(matches(" id=\"([^\"]+)\"", in: page.html)))
            })
            var links = 0
            for page in site.pages {
                let name = "\(site.output.path)/\(page.name)"
                for asset in matches("(?:src|<link[^>]*href)=\"([^\"]+)\"", in: page.html) {
                    XCTAssertFalse(asset.contains("//"), "\(name): the asset \(asset) is not in output/")
                    let file = site.output.appendingPathComponent(asset)
                    XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "\(name): \(asset)")
                }
                for link in matches("<a [^>]*href=\"([^\"]+)\"", in: page.html) where !link.contains("://") {
                    let parts = link.split(separator: "#", omittingEmptySubsequences: false).map(String.init)
                    let target = parts[0].isEmpty ? page.name : parts[0]
                    guard target.hasSuffix(".html") else {
                        // A download (a chapter's Markdown, results.json): a file of the site.
                        let file = site.output.appendingPathComponent(target)
                        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "\(name): \(link)")
                        continue
                    }
                    XCTAssertNotNil(ids[target], "\(name): \(link)")
                    if parts.count > 1 {
                        // A fragment is percent-encoded in the link (`%CE%BB`), not in the id (`λ`).
                        let fragment = parts[1].removingPercentEncoding ?? parts[1]
                        XCTAssertTrue(ids[target]?.contains(fragment) == true,
                                      "\(name): \(link) has no target")
                        links += 1
                    }
                }
            }
            XCTAssertGreaterThan(links, 0, "\(site.output.path): the anchors were checked")
        }
    }

    func testEveryPagePassesTheHTMLChecker() throws {
        let tidy = URL(fileURLWithPath: "/usr/bin/tidy")
        guard FileManager.default.isExecutableFile(atPath: tidy.path) else {
            throw XCTSkip("tidy is not installed (scripts/build-book installs it)")
        }
        for site in try sites() {
            for page in site.pages {
                let process = Process()
                process.executableURL = tidy
                process.arguments = ["-errors", "-quiet", site.output.appendingPathComponent(page.name).path]
                let errors = Pipe()
                process.standardError = errors
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                let bytes = errors.fileHandleForReading.readDataToEndOfFile()
                let report = String(decoding: bytes, as: UTF8.self)
                process.waitUntilExit()
                XCTAssertFalse(report.contains("Error:"), "\(site.output.path)/\(page.name):\n\(report)")
            }
        }
    }
}
