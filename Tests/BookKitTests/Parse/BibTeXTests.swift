import XCTest
@testable import BookKit

/// chapters/references.bib as Zotero and Google Scholar export it.
final class BibTeXTests: XCTestCase {
    private let bib = """
    % exported by Zotero
    @article{hoerl1970,
      title = {Ridge Regression: Biased Estimation for Nonorthogonal Problems},
      author = {Hoerl, Arthur E. and Kennard, Robert W.},
      journal = "Technometrics",
      volume = {12}, number = {1}, pages = {55--67},
      year = 1970,
      doi = {10.1080/00401706.1970.10488634}
    }

    @comment{ignored {entirely}}
    @InProceedings{kneser1995,
      author = {Kneser, Reinhard and Ney, Hermann},
      title = "Improved backing-off for {M}-gram language modeling",
      booktitle = {Proceedings of ICASSP},
      year = {1995}
    }
    @misc{accents,
      author = {M{\\"u}ller, J{\\"o}rg and Fran{\\c{c}}ois Dupr\\'{e} and {Barnes and Noble} and others},
      title = {Na\\"ive {\\ss}tudies~of \\emph{caf\\'e}s \\& more---really},
      year = {2020}
    }
    """

    func testEntriesFieldsAccentsAndAuthors() throws {
        let entries = try BibTeXParser.parse(bib, path: "chapters/references.bib")
        XCTAssertEqual(entries.map(\.key), ["hoerl1970", "kneser1995", "accents"])
        XCTAssertEqual(entries.map(\.type), ["article", "inproceedings", "misc"])
        XCTAssertEqual(entries.map(\.line), [2, 12, 18])
        let ridge = entries[0]
        XCTAssertEqual(ridge.fields["pages"], "55–67")
        XCTAssertEqual(ridge.fields["journal"], "Technometrics")
        XCTAssertEqual(ridge.year, "1970")
        XCTAssertEqual(ridge.names.map(\.listed), ["Hoerl, A. E.", "Kennard, R. W."])
        XCTAssertEqual(ridge.authorText(parenthetical: true), "Hoerl & Kennard")
        XCTAssertEqual(entries[1].fields["title"], "Improved backing-off for M-gram language modeling")
        let accents = entries[2]
        XCTAssertEqual(accents.fields["title"], "Naïve ßtudies\u{A0}of cafés & more—really")
        XCTAssertEqual(accents.names.map(\.family), ["Müller", "Dupré", "Barnes and Noble"])
        XCTAssertEqual(accents.names.map(\.given), ["Jörg", "François", ""])
        XCTAssertEqual(accents.authorText(parenthetical: false), "Müller et al.")
    }

    func testMalformedEntriesAreErrorsAtTheirLineInTheBibFile() {
        let cases: [(text: String, line: Int, message: String)] = [
            ("\n@article{a,\n  title = {T},\n  year = {2000}\n", 2, "this entry is never closed"),
            ("@artcle{a, title = {T}, year = 1}", 1, "unknown entry type '@artcle'"),
            ("@book{a, title = {T}}", 1, "the entry 'a' has no year (or date)"),
            ("@book{a, year = 1}", 1, "the entry 'a' has no title"),
            ("@book{a, title = {T}, year = 1}\n@misc{a, title = {U}, year = 2}", 2,
             "the key 'a' is already used by the entry of line 1"),
            ("@book{a,\n title = {T},\n year = 1\n publisher = {P}}", 4,
             "expected ',' or '}' after the field 'year' of 'a'"),
            ("@book{a,\n\n title = {T, year = 1", 3, "a '{' is never closed"),
            ("@book{a, title = {T}, year = 1", 1, "this entry is never closed"),
            ("@book{a, title = T}", 1, "the value of 'title' must be in braces or quotes"),
            ("@book{title = {T}}", 1, "the entry has no key"),
        ]
        for (text, line, message) in cases {
            assertBookError(line: line, containing: message) {
                _ = try BibTeXParser.parse(text, path: "chapters/references.bib")
            }
        }
    }

    /// The book's own bibliography parses, and its works read as prose cites them.
    func testTheBooksBibliographyParses() throws {
        let path = "chapters/references.bib"
        let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
        let bibliography = try Bibliography(text, path: path)
        let inText = { (key: String) in bibliography.entries[key]?.authorText(parenthetical: false) }
        XCTAssertEqual(inText("hoerl1970"), "Hoerl and Kennard")
        XCTAssertEqual(inText("takeshita2024"), "Takeshita et al.")
        XCTAssertEqual(inText("chitchat2018"),
                       "BYU Perception, Control and Cognition Laboratory")
        XCTAssertEqual(inText("bengio2003"), "Bengio et al.")
        XCTAssertEqual(bibliography.entries["bengio2003"].map { BibTeXText.plain($0.fields["author"] ?? "") }?
                           .unicodeScalars.contains("\u{E9}"), true,
                       "the accent {\\'e} reads as é")
        XCTAssertEqual(bibliography.entries.count, 17)
    }
}
