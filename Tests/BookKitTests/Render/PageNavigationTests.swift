import XCTest
@testable import BookKit

/// What a reader finds around the text: the phone menu, the way back to the top, heading
/// anchors that keyboards skip, the folded provenance and the optional copy script.
final class PageNavigationTests: XCTestCase {
    private func page() throws -> String {
        let chapter = try parseChapter("""
        ---
        title: "Navigation"
        ---

        ## First part

        Text.

        ### A detail

        ## Second part

        ```swift
        print(1)
        ```
        """)
        return renderedPage(chapter, result: succeededRun(chapter))
    }

    func testThePhoneMenuIsADetailsWithTheChaptersAndTheCurrentSections() throws {
        let html = try page()
        let menu = html.components(separatedBy: "<details class=\"phone-menu\">")[1]
            .components(separatedBy: "</details>")[0]
        XCTAssertTrue(menu.hasPrefix("\n<summary>"), menu)
        XCTAssertTrue(menu.contains("<ol>\n<li><a href=\"index.html\">Contents</a></li>\n<li class=\"current\">"), menu)
        XCTAssertTrue(menu.contains("<li class=\"current\"><a href=\"01-test.html\" aria-current=\"page\">1. Navigation</a>"))
        XCTAssertTrue(menu.contains("<li><a href=\"#first-part\">First part</a></li>\n"
            + "<li><a href=\"#second-part\">Second part</a></li>"), menu)
        XCTAssertFalse(menu.contains("a-detail"), "sections only, as in the sidebar")
        XCTAssertFalse(html.contains("<script>"), "the menu needs no inline script")
    }

    func testEverySectionEndsWithALinkBackToTheTop() throws {
        let html = try page()
        XCTAssertTrue(html.contains("<body id=\"top\">"))
        let link = "<p class=\"to-top\"><a href=\"#top\">↑ Back to top</a></p>\n"
        XCTAssertEqual(html.components(separatedBy: link).count - 1, 2, "before the second part, and at the end")
        XCTAssertTrue(html.contains(link + "<h2 id=\"second-part\">"))
        XCTAssertFalse(html.contains(link + "<h3"), "a subsection does not end its section")
        XCTAssertTrue(html.contains(link + "<nav class=\"pager\""))
    }

    func testHeadingAnchorsAreHiddenFromScreenReadersAndFromTheTabOrder() throws {
        let html = try page()
        let anchors = html.components(separatedBy: "<a class=\"anchor\"").dropFirst()
        XCTAssertEqual(anchors.count, 3)
        for anchor in anchors {
            XCTAssertTrue(anchor.hasPrefix(" href=\"#") && anchor.contains("aria-hidden=\"true\" tabindex=\"-1\">#</a>"),
                          String(anchor.prefix(80)))
        }
    }

    func testTheProvenanceIsFoldedAndTheScriptsAreOptionalAndLocal() throws {
        let html = try page()
        XCTAssertTrue(html.contains("<footer class=\"provenance\">\n<details>\n<summary>How this page was built</summary>\n"
            + "<p>Every number on this page was computed"))
        XCTAssertTrue(html.contains("</p>\n</details>\n</footer>"))
        XCTAssertTrue(html.contains("<script src=\"copy-code.js\" defer></script>\n"
            + "<script src=\"search-index.js\" defer></script>\n<script src=\"search.js\" defer></script>\n</head>"))
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 3)
        XCTAssertEqual(html.components(separatedBy: "<form class=\"search\" role=\"search\" hidden").count - 1, 2,
                       "a search box in the sidebar and one in the phone menu, hidden until the script shows them")
        if let findings = try unexpectedTidyFindings(html) {
            XCTAssertEqual(findings, [], "tidy")
        }
    }
}
