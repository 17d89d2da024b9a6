import Foundation
import XCTest
@testable import BookKit

/// Every page measured in headless Chromium: at a phone's width (390 px) no page scrolls
/// sideways, and at a laptop's (1280 px) no code block scrolls. On the fixture book built
/// afresh and on the committed `output/` (or the site in `BOOK_LAYOUT_SITE`).
final class BrowserLayoutTests: XCTestCase {
    /// The browser, from the usual places; nil when none is installed.
    private static let chromium = HeadlessChromium.executable

    /// The measurements a page reports about itself, as JSON posted to the frame around it: the
    /// page's width and the viewport's, the code blocks wider than their box, whether the phone
    /// menu and the sidebar are shown, and the widths of the first code block and of the text.
    private static let probe = """
    <script>
    (function () {
      function measure() {
        var root = document.documentElement;
        var wide = [];
        document.querySelectorAll("pre").forEach(function (pre, index) {
          if (pre.scrollWidth > pre.clientWidth) {
            var line = pre.textContent.split("\\n").reduce(function (a, b) { return b.length > a.length ? b : a; }, "");
            wide.push({index: index, scrollWidth: pre.scrollWidth, clientWidth: pre.clientWidth,
                       longestLine: line.length, text: line.slice(0, 60)});
          }
        });
        function shown(selector) {
          var element = document.querySelector(selector);
          return element !== null && getComputedStyle(element).display !== "none";
        }
        var code = document.querySelector("pre.code");
        return JSON.stringify({pageWidth: root.scrollWidth, viewport: window.innerWidth, scrollingPre: wide,
                               phoneMenu: shown(".phone-menu"), sidebar: shown(".sidebar"),
                               codeWidth: code ? code.offsetWidth : 0,
                               textWidth: document.querySelector("article").clientWidth});
      }
      parent.postMessage(measure(), "*");
      if (document.fonts) { document.fonts.ready.then(function () { parent.postMessage(measure(), "*"); }); }
    })();
    </script>
    """

    private struct Measure: Decodable {
        struct Block: Decodable {
            var index: Int
            var scrollWidth: Int
            var clientWidth: Int
            var longestLine: Int
            var text: String
        }
        var pageWidth: Int
        var viewport: Int
        var scrollingPre: [Block]
        var phoneMenu: Bool
        var sidebar: Bool
        var codeWidth: Int
        var textWidth: Int
    }

    /// The sites to measure: the fixture book and the committed site (or `BOOK_LAYOUT_SITE`).
    private func sites() throws -> [URL] {
        if let path = ProcessInfo.processInfo.environment["BOOK_LAYOUT_SITE"], !path.isEmpty {
            return [URL(fileURLWithPath: path)]
        }
        return [try FreshSite.output(), packageRoot.appendingPathComponent("output")]
    }

    /// `page` of `copy` (a site with the probe in each page) measured at `width` px. The page is
    /// framed at that width, as headless Chromium's window cannot be narrower than 500 px; the
    /// frame's last report is written where `--dump-dom` shows it.
    private func measure(_ page: String, in copy: URL, width: Int) throws -> Measure {
        let harness = copy.appendingPathComponent("layout-\(width)-\(page)")
        try Data("""
            <!DOCTYPE html><html><body style="margin:0">
            <iframe src="\(page)" style="border:0;width:\(width)px;height:900px"></iframe>
            <pre id="layout-measure"></pre>
            <script>addEventListener("message", function (event) {
              document.getElementById("layout-measure").textContent = event.data; });</script>
            </body></html>
            """.utf8).write(to: harness)
        let dom = try HeadlessChromium.dumpDOM(harness)
        guard let start = dom.range(of: "<pre id=\"layout-measure\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              start.upperBound < end.lowerBound else {
            throw BookError(.failed, "\(page) at \(width) px: the browser reported no measurements")
        }
        let json = dom[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Measure.self, from: Data(json.utf8))
    }

    /// A copy of `site` whose pages carry the probe before `</body>`; the page names.
    private func probedCopy(of site: URL) throws -> (URL, [String]) {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: site, to: copy)
        let pages = try FileManager.default.contentsOfDirectory(atPath: copy.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        for page in pages {
            let file = copy.appendingPathComponent(page)
            let html = try String(contentsOf: file, encoding: .utf8)
            try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>").utf8).write(to: file)
        }
        return (copy, pages)
    }

    func testNoPageScrollsSidewaysOnAPhoneAndNoCodeBlockScrollsOnALaptop() throws {
        guard Self.chromium != nil else {
            print("BrowserLayoutTests: SKIPPED: chromium is not installed (scripts/build-book installs it)")
            throw XCTSkip("chromium is not installed (scripts/build-book installs it): page widths not measured")
        }
        for site in try sites() {
            let (copy, pages) = try probedCopy(of: site)
            defer { try? FileManager.default.removeItem(at: copy) }
            XCTAssertTrue(pages.contains("index.html"), site.path)
            for page in pages {
                let phone = try measure(page, in: copy, width: 390)
                XCTAssertEqual(phone.viewport, 390, "\(site.path)/\(page)")
                XCTAssertEqual(phone.pageWidth, phone.viewport,
                               "\(site.path)/\(page) is \(phone.pageWidth) px wide in a 390 px window")
                let laptop = try measure(page, in: copy, width: 1280)
                XCTAssertEqual(laptop.pageWidth, laptop.viewport, "\(site.path)/\(page) at 1280 px")
                for block in laptop.scrollingPre {
                    XCTFail("\(site.path)/\(page): code block \(block.index) scrolls at 1280 px "
                        + "(\(block.scrollWidth) px of content in \(block.clientWidth) px; its longest line "
                        + "has \(block.longestLine) characters: \(block.text))")
                }
            }
        }
    }

    func testThePhoneMenuReplacesTheSidebarOnAPhoneAndCodeReachesIntoTheMarginsOnALaptop() throws {
        guard Self.chromium != nil else {
            print("BrowserLayoutTests: SKIPPED: chromium is not installed (scripts/build-book installs it)")
            throw XCTSkip("chromium is not installed (scripts/build-book installs it): the layout not measured")
        }
        let (copy, _) = try probedCopy(of: try FreshSite.output())
        defer { try? FileManager.default.removeItem(at: copy) }
        let phone = try measure("01-parts.html", in: copy, width: 390)
        XCTAssertTrue(phone.phoneMenu && !phone.sidebar, "the ☰ menu, not the sidebar, on a phone")
        XCTAssertEqual(phone.codeWidth, phone.textWidth, "no margins to reach into on a phone")
        let laptop = try measure("01-parts.html", in: copy, width: 1280)
        XCTAssertTrue(!laptop.phoneMenu && laptop.sidebar, "the sidebar, not the ☰ menu, on a laptop")
        // 1280 px leaves (1280 - 17rem - 3rem - 44rem - 1rem) / 2 = 120 px each side of the text.
        XCTAssertEqual(laptop.textWidth, 704)
        XCTAssertEqual(laptop.codeWidth, 704 + 2 * 120, "code reaches 120 px into each margin")
    }
}
