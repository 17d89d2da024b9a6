import XCTest
@testable import BookKit

/// What the search index holds: the prose of each section, without code, output, charts,
/// formulas or tables, in bytes that depend only on the pages.
final class SearchIndexTests: XCTestCase {
    private let page: HTML = """
    <html><body><nav class="sidebar"><a href="index.html">Skip me</a></nav>
    <main id="content"><article><h1>Ridge &amp; friends</h1>
    <p>Intro with <em>emphasis</em>, and a <a href="#x">link</a>.</p>
    <h2 id="the-penalty"><a class="anchor" href="#the-penalty" aria-hidden="true" tabindex="-1">#</a>The <code>λ</code> penalty</h2>
    <p>Weights shrink &lt;toward&gt; zero: <math><mi>w</mi></math> gets smaller.</p>
    <div class="cell"><pre class="code"><code>let secret = 1</code></pre><pre class="output">printed</pre></div>
    <figure><svg><text>tick</text></svg><figcaption>Figure 1: the curve falls.</figcaption></figure>
    <figure class="table"><table><tr><td>0.123</td></tr></table></figure>
    <ul class="checks" aria-label="Checks"><li>✓ a claim</li></ul><ul><li>A listed point.</li></ul>
    <p class="to-top"><a href="#top">↑ Back to top</a></p>
    <h3 id="more">More</h3><p>Deeper "quoted" text.</p>
    <details class="provenance"><summary>How</summary><p>toolchain</p></details>
    </article></main></body></html>
    """

    func testSectionsHoldTheirProseAndNothingElse() {
        let sections = SearchIndex.sections(ofPage: page, title: "1. Ridge")
        XCTAssertEqual(sections.map(\.anchor), ["", "the-penalty", "more"])
        XCTAssertEqual(sections.map(\.heading), ["1. Ridge", "The λ penalty", "More"])
        XCTAssertEqual(sections[0].text, "Ridge & friends Intro with emphasis, and a link.")
        XCTAssertEqual(sections[1].text,
                       "Weights shrink <toward> zero: gets smaller. Figure 1: the curve falls. A listed point.")
        XCTAssertEqual(sections[2].text, "Deeper \"quoted\" text.")
        let all = sections.map(\.text).joined()
        for hidden in ["Skip me", "secret", "printed", "tick", "0.123", "toolchain", "a claim", "#", "Back to top"] {
            XCTAssertFalse(all.contains(hidden), hidden)
        }
    }

    func testTheScriptListsPagesThenSectionsByPageNumber() {
        let script = SearchIndex.script([
            .init(name: "01-a.html", title: "1. A", html: page),
            .init(name: "02-b.html", title: "2. \"B\"", html: "<main><p>Only text.</p></main>"),
        ])
        XCTAssertTrue(script.hasPrefix(#"window.bookSearchIndex = {"pages": [["01-a.html", "1. A"], "#
            + #"["02-b.html", "2. \"B\""]],"# + "\n\"sections\": [\n"), script)
        XCTAssertTrue(script.contains(#"[0, "more", "More", "Deeper \"quoted\" text."],"#), script)
        XCTAssertTrue(script.hasSuffix(#"[1, "", "2. \"B\"", "Only text."]"# + "\n]};\n"), script)
    }

    /// Entities are decoded once each, any white space (a no-break space, a line break) is
    /// one space, and no space is left before a comma or a full stop.
    func testTextDecodesEntitiesOnceAndCollapsesWhiteSpace() {
        let page: HTML = "<main><p>a&amp;lt;b &nbsp; c , d .</p>\u{00A0}e\r\n f&#39;s &quot;g&quot; 1 > 0 &lt; 2</main>"
        XCTAssertEqual(SearchIndex.sections(ofPage: page, title: "T").map(\.text),
                       ["a&lt;b c, d. e f's \"g\" 1 0 < 2"])
    }
}
