import XCTest
@testable import BookKit

/// Pandoc's citations in prose: author–year links, and a References section at the end of a
/// chapter that cites.
final class CitationTests: XCTestCase {
    private let bibliography = try! Bibliography("""
    @article{hoerl1970, author = {Hoerl, Arthur E. and Kennard, Robert W.}, year = {1970},
      title = {Ridge Regression: Biased Estimation for Nonorthogonal Problems}, journal = {Technometrics},
      volume = {12}, number = {1}, pages = {55--67}, doi = {10.1080/00401706.1970.10488634}}
    @inproceedings{lin2004, author = {Lin, Chin-Yew}, year = {2004},
      title = {{ROUGE}: A Package for Automatic Evaluation of Summaries},
      booktitle = {Text Summarization Branches Out}, pages = {74--81}, url = {https://aclanthology.org/W04-1013/}}
    @article{bengio2003, author = {Bengio, Yoshua and Ducharme, R{\\'e}jean and Vincent, Pascal and Jauvin, Christian},
      title = {A Neural Probabilistic Language Model}, journal = {JMLR}, year = {2003}}
    """, path: "chapters/references.bib")

    func testScannerFindsBracketedAndInTextCitationsButNotReferencesOrAddresses() {
        XCTAssertEqual(CitationScanner.pieces(of: "As @lin2004. shows [see @a, p. 7; -@b] a@b.c [x] @fig:y"), [
            .text("As ", utf8Offset: 0),
            .citation([.init(key: "lin2004")], parenthetical: false, utf8Offset: 3),
            .text(". shows ", utf8Offset: 11),
            .citation([.init(key: "a", prefix: "see", locator: "p. 7"), .init(key: "b", yearOnly: true)],
                      parenthetical: true, utf8Offset: 19),
            .text(" a@b.c [x] @fig:y", utf8Offset: 38),
        ])
    }

    func testCitationsReadAuthorAndYearAndLinkToTheReferencesSection() throws {
        let chapter = try ChapterParser.parse("""
        ---
        title: T
        ---
        Ridge regression [@hoerl1970, p. 57] shrinks; @bengio2003 and @lin2004 too [@lin2004; -@bengio2003].
        """, number: 1, slug: "t", path: "chapters/01-t.md", bibliography: bibliography)
        let page = renderedPage(chapter, result: succeededRun(chapter))
        XCTAssertTrue(page.contains(
            "Ridge regression (<a class=\"citation\" href=\"#ref-hoerl1970\">Hoerl &amp; Kennard, 1970, p. 57</a>) "
                + "shrinks; <a class=\"citation\" href=\"#ref-bengio2003\">Bengio et al. (2003)</a> and "
                + "<a class=\"citation\" href=\"#ref-lin2004\">Lin (2004)</a> too "
                + "(<a class=\"citation\" href=\"#ref-lin2004\">Lin, 2004</a>; "
                + "<a class=\"citation\" href=\"#ref-bengio2003\">2003</a>)."), page)
        XCTAssertTrue(page.contains("""
        <section class="references" aria-labelledby="references">
        <h2 id="references">References</h2>
        <ul class="references">
        <li id="ref-bengio2003">Bengio, Y., Ducharme, R., Vincent, P., &amp; Jauvin, C. (2003). A Neural \
        Probabilistic Language Model. <i>JMLR</i>.</li>
        <li id="ref-hoerl1970">Hoerl, A. E., &amp; Kennard, R. W. (1970). Ridge Regression: Biased Estimation \
        for Nonorthogonal Problems. <i>Technometrics</i>, <i>12</i>(1), 55–67. \
        <a href="https://doi.org/10.1080/00401706.1970.10488634">https://doi.org/10.1080/00401706.1970.10488634</a></li>
        <li id="ref-lin2004">Lin, C.-Y. (2004). ROUGE: A Package for Automatic Evaluation of Summaries. \
        In <i>Text Summarization Branches Out</i> (pp. 74–81). \
        <a href="https://aclanthology.org/W04-1013/">https://aclanthology.org/W04-1013/</a></li>
        </ul>
        </section>
        """), page)
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, [], page) }
    }

    func testAChapterThatCitesNothingHasNoReferencesSection() throws {
        let chapter = try ChapterParser.parse("---\ntitle: T\n---\nNo citation, mail a@b.c.\n",
                                              number: 1, slug: "t", path: "chapters/01-t.md",
                                              bibliography: bibliography)
        XCTAssertFalse(proseHTML(chapter).contains("References"))
    }

    func testAnUnknownKeyIsAnErrorAtItsLine() {
        assertBookError(line: 5, containing: "no entry of chapters/references.bib has the key 'nobody2020'") {
            _ = try ChapterParser.parse("---\ntitle: T\n---\n\nSee [@hoerl1970; @nobody2020].\n",
                                        number: 1, slug: "t", path: "chapters/01-t.md", bibliography: self.bibliography)
        }
        assertBookError(line: 4, containing: "but the book has no chapters/references.bib") {
            _ = try ChapterParser.parse("---\ntitle: T\n---\nAs @hoerl1970 says.\n",
                                        number: 1, slug: "t", path: "chapters/01-t.md")
        }
    }
}
