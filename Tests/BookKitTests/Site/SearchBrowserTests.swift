import Foundation
import XCTest
import NotebookChannel
@testable import BookKit

/// The search box in headless Chromium, from `file://` as a reader opens the site: typing a
/// word lists the sections that contain it, with links that mark the word on their page.
final class SearchBrowserTests: XCTestCase {
    /// Types `query` into the page's first search box once the scripts ran, and writes the
    /// results' links and texts where `--dump-dom` shows them.
    private static func typing(_ query: String) -> String {
        """
        <script>
        addEventListener("load", function () {
          var input = document.querySelector("form.search input");
          input.value = \(JSON.string(query));
          input.dispatchEvent(new Event("input"));
          var found = Array.prototype.map.call(document.querySelectorAll(".search-results li"), function (li) {
            var link = li.querySelector("a");
            return (link ? link.getAttribute("href") + " | " : "") + li.textContent;
          });
          var out = document.createElement("pre");
          out.id = "search-probe";
          out.textContent = JSON.stringify({hidden: input.form.hidden, found: found});
          document.body.appendChild(out);
        });
        </script>
        """
    }

    private struct Probe: Decodable {
        var hidden: Bool
        var found: [String]
    }

    private func search(_ query: String, in site: URL) throws -> Probe {
        let page = site.appendingPathComponent("search-probe.html")
        let html = try String(contentsOf: site.appendingPathComponent("02-more.html"), encoding: .utf8)
        try Data(html.replacingOccurrences(of: "</body>", with: Self.typing(query) + "</body>").utf8).write(to: page)
        let dom = try HeadlessChromium.dumpDOM(page)
        guard let start = dom.range(of: "<pre id=\"search-probe\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            throw BookError(.failed, "the search probe reported nothing")
        }
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Probe.self, from: Data(json.utf8))
    }

    func testTypingAWordListsItsSectionsAndTheLinkMarksItThere() throws {
        guard HeadlessChromium.executable != nil else {
            print("SearchBrowserTests: SKIPPED: chromium is not installed (scripts/build-book installs it)")
            throw XCTSkip("chromium is not installed (scripts/build-book installs it): search not tried")
        }
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try FreshSite.output(), to: site)
        defer { try? FileManager.default.removeItem(at: site) }

        let found = try search("accuracy", in: site)
        XCTAssertFalse(found.hidden, "the box shows once the index is loaded")
        XCTAssertFalse(found.found.isEmpty)
        XCTAssertTrue(found.found.allSatisfy { $0.lowercased().contains("accuracy") }, "\(found.found)")
        XCTAssertTrue(found.found[0].hasPrefix("01-parts.html?highlight=accuracy#"), "\(found.found)")

        let nothing = try search("zzyzx", in: site)
        XCTAssertEqual(nothing.found, ["No section contains every word."])

        let link = try XCTUnwrap(found.found[0].split(separator: " ").first)
        let target = URL(string: String(link), relativeTo: site.appendingPathComponent("index.html"))!
        let marked = try HeadlessChromium.dumpDOM(target)
        XCTAssertTrue(marked.contains("<mark>Accuracy</mark>") || marked.contains("<mark>accuracy</mark>"),
                      "the word is marked on the page it links to")
    }
}
