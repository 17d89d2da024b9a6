import XCTest
@testable import BookKit

/// The book's number style (issue 15): the scanner finds each kind of fault, a book built with
/// the default formats has none, and a site built elsewhere can be scanned by naming its folder.
final class NumberStyleTests: XCTestCase {
    func testScannerFindsEachKindOfFault() {
        let page = """
            <html><head><title>-1 and 123456</title></head><body>
            <p>The loss fell by -0.95 to 1e-07, over 139123 steps and 2,000 epochs.</p>
            <pre class="output">-1 1e-07 123456</pre><p><code>x = -3</code></p>
            <figure class="table"><table><tbody>
            <tr><td>2000</td><td class="num">2.426</td><td>0.5</td></tr>
            <tr><td>832,253</td><td class="num">2.43</td><td>0.2</td></tr>
            <tr><td>12</td><td class="num">0.8255</td><td>1</td></tr>
            </tbody></table></figure>
            <svg><text class="tick">-0.5</text></svg>
            <footer class="provenance"><p>Cache key <code>12345abc</code>, 6.0-3</p></footer>
            </body></html>
            """
        let found = NumberStyleScanner.scan(page: page, name: "p.html").map { "\($0.rule): \($0.excerpt)" }
        XCTAssertEqual(found.sorted(), [
            "e notation: 1e-07",
            "hyphen as minus: -0.5",
            "hyphen as minus: -0.95",
            "mixed precision in a column: 2.426 beside 2.43",
            "mixed separators in a column: 2000 beside 832,253",
            "no thousands separator: 139123",
            "numeric column not right-aligned: 2000",
            "numeric column not right-aligned: 0.5",
            "separator in a four-digit number of prose: 2,000",
        ].sorted())
    }

    func testStyledNumbersPass() {
        let page = """
            <p>The loss fell by \u{2212}0.95 to 1\u{A0}×\u{A0}10⁻⁷ over 139,123 steps, 2000 epochs, ROUGE-1 and 3-5.</p>
            <table><tbody>
            <tr><td>a</td><td class="num">2,000</td><td class="num">2.426</td><td class="num">0.00100</td></tr>
            <tr><td>b</td><td class="num">832,253</td><td class="num">\u{2212}2.430</td><td class="num">10.0</td></tr>
            <tr><td>c</td><td class="num">12</td><td class="num">0</td><td class="num">100</td></tr>
            </tbody></table>
            <table><tbody><tr><td style="text-align: right">1.0</td></tr><tr><td style="text-align: right">2.5</td></tr></tbody></table>
            """
        XCTAssertEqual(NumberStyleScanner.scan(page: page, name: "p.html"), [])
    }

    /// A chapter whose tables, prose and chart use the default formats only: negative, tiny and
    /// large numbers, and a column of mixed magnitudes.
    static let chapter = """
        ---
        title: Numbers
        ---

        ```swift
        let losses = [2.4262, 2.43, 0.82547, -0.95]
        show(Table(columns: ["run", "loss", "steps", "λ", "gradient"],
                   rows: losses.indices.map { i in
                       ["run \\(i)", losses[i], [2000, 832_253, 12, 40_000][i], [0.001, 0.01, 0.1, 10][i],
                        [2.405e-10, -1e-7, 3e-9, 0.5][i]] },
                   caption: "Losses of \\(grouped(139_123)) tokens."))
        plot(LineChart(title: "Loss", xLabel: "step", yLabel: "loss",
                       series: [Series("a", x: [0, 1, 2], y: [-0.5, 0.25, -1.5])]))
        let tiny = 1e-7
        ```

        The change is {{ -0.95 }} and {{ tiny }}, over {{ 139_123 }} tokens and {{ 2000 }} steps;
        {{ fixed(-0.001, 2) }} rounds to zero and {{ scientific(-2.405e-10, 4) }} is small.
        """

    func testABookBuiltWithTheDefaultFormatsFollowsTheStyle() throws {
        let root = try temporaryFolder(self).appendingPathComponent("book")
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in ["book.yml": "title: Numbers\n", "01-numbers.md": Self.chapter] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
        let outcomes = try builder.build(try Book.load(root: root), chapters: [], output: output,
                                         useCache: true, jobs: 1)
        XCTAssertNil(outcomes.first?.result.failure)
        let site = root.appendingPathComponent("output")
        XCTAssertEqual(try NumberStyleScanner.scan(folder: site).map(\.description), [])

        let page = try String(contentsOf: site.appendingPathComponent("01-numbers.html"), encoding: .utf8)
        for expected in ["<td class=\"num\">2,000</td>", "<td class=\"num\">832,253</td>",
                         "<td class=\"num\">2.426</td>", "<td class=\"num\">\u{2212}0.950</td>",
                         "<td class=\"num\">0.00100</td>", "<td class=\"num\">2.40\u{A0}×\u{A0}10⁻¹⁰</td>",
                         "<th scope=\"col\" class=\"num\">loss</th>", "<td>run 0</td>",
                         ">\u{2212}0.95</span>", ">1\u{A0}×\u{A0}10⁻⁷</span>", ">139,123</span>",
                         ">2000</span>", ">0.00</span>", ">\u{2212}2.405\u{A0}×\u{A0}10⁻¹⁰</span>",
                         ">\u{2212}1.5</text>"] {
            XCTAssertTrue(page.contains(expected), expected)
        }
    }

    /// Scans the committed site `output/` (whose bytes CI checks against a clean build), or
    /// the site in the folder named by `NUMBER_STYLE_SITE`, and lists what breaks the style.
    func testTheBooksSiteFollowsTheStyle() throws {
        let folder = ProcessInfo.processInfo.environment["NUMBER_STYLE_SITE"].map(URL.init(fileURLWithPath:))
            ?? packageRoot.appendingPathComponent("output")
        let violations = try NumberStyleScanner.scan(folder: folder)
        XCTAssertEqual(violations.count, 0, violations.map(\.description).joined(separator: "\n"))
    }
}
