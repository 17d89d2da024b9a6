import XCTest
@testable import BookKit

/// `language:` in book.yml: the words the engine writes, `<html lang>`, spans of another
/// language marked with `[text]{lang=zh}`, and the error for a language the engine lacks.
final class PageLanguageTests: XCTestCase {
    private func book(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder(self).appendingPathComponent("book")
        let chapters = root.appendingPathComponent(Book.chaptersFolder)
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: chapters.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    func testLanguageSettingIsEnglishByDefaultAndAcceptsChinese() throws {
        XCTAssertEqual(try BookSettings.parse("title: T\n", path: "b.yml").language, .english)
        XCTAssertEqual(try BookSettings.parse("title: T\nlanguage: zh\n", path: "b.yml").language, .chinese)
    }

    func testUnknownLanguageNamesItsLineAndTheLanguagesThereAre() throws {
        let root = try book(["book.yml": "title: T\nlanguage: fr\n"])
        XCTAssertThrowsError(try Book.load(root: root)) { error in
            guard let error = error as? BookError else { return XCTFail("not a BookError: \(error)") }
            XCTAssertEqual(error.location?.description, "chapters/book.yml:2:1")
            XCTAssertEqual(error.message, "unknown page language 'fr' in 'language'")
            XCTAssertTrue(error.hint?.contains("the languages are: en, zh") == true, "\(error)")
            XCTAssertEqual(error.exitCode, 65)
        }
        XCTAssertThrowsError(try BookSettings.parse("language: [zh]\n", path: "b.yml")) { error in
            XCTAssertTrue("\(error)".contains("unknown page language a value that is not a string"),
                          "\(error)")
        }
    }

    func testSpansOfAnotherLanguageAreMarked() throws {
        let chapter = try parseChapter("""
            ---
            title: T
            ---

            The term [正则化]{lang=zh} means regularization, as does [{{ word }}]{lang=zh-Hans}.
            Left as written: [a *b*]{lang=zh}, [x]{lang=}, [y]{.class} and [z] {lang=zh}.
            """)
        let template = proseHTML(chapter, values: ["v0"])
        XCTAssertTrue(template.contains("The term <span lang=\"zh\">正则化</span> means"), template)
        XCTAssertTrue(template.contains("as does <span lang=\"zh-Hans\"><span class=\"value\">v0</span></span>."), template)
        XCTAssertEqual(chapter.inlineValues.map(\.expression), ["word"])
        XCTAssertEqual(chapter.inlineValues.first?.column, 65, "the value's byte column in the file")
        XCTAssertTrue(template.contains("[a <em>b</em>]{lang=zh}, [x]{lang=}, [y]{.class} and [z] {lang=zh}."),
                      template)
    }

    static let chineseChapter = """
        ---
        title: 正则化
        ---

        ## 权重衰减

        L2 惩罚项为 $\\frac{\\lambda}{2}\\lVert w\\rVert^2$；见 @fig:loss 与 @tbl:losses。[Weight decay]{lang=en} 是它的别名。

        ```swift
        let lambdas = [0.0, 0.1, 1.0]
        let losses = lambdas.map { 1 / (1 + $0) }
        show(Table(columns: ["λ", "损失"], rows: lambdas.indices.map { [lambdas[$0], losses[$0]] },
                   caption: "损失随 λ 下降。", label: "losses"))
        plot(LineChart(title: "验证损失", xLabel: "λ", yLabel: "损失",
                       series: [Series("损失", x: lambdas, y: losses)], label: "loss"))
        check(losses[2] < losses[0], "惩罚越大，损失越小")
        ```

        最小的损失是 {{ losses.min()! }}。
        """

    func testChineseBookUsesChineseWordsAndLang() throws {
        let root = try book([
            "book.yml": "title: 中文示例\nlanguage: zh\n",
            "01-zheng-ze.md": Self.chineseChapter,
            "02-next.md": "---\ntitle: 下一章\n---\n\n见 @ch:01-zheng-ze。\n",
        ])
        let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                  progress: Progress(quiet: true))
        let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
        let outcomes = try builder.build(try Book.load(root: root), chapters: [], output: output,
                                         useCache: true, jobs: 1)
        XCTAssertEqual(outcomes.compactMap(\.result.failure).count, 0)
        let site = root.appendingPathComponent("output")
        let page = try String(contentsOf: site.appendingPathComponent("01-zheng-ze.html"), encoding: .utf8)
        for expected in [
            "<html lang=\"zh\">", "<a class=\"skip\" href=\"#content\">跳到正文</a>",
            "<a href=\"#%E6%9D%83%E9%87%8D%E8%A1%B0%E5%87%8F\">权重衰减</a>",
            "<p class=\"chapter-number\">第 1 章</p>", "<h1>正则化</h1>", "权重衰减</h2>",
            "<span class=\"label\">表 1.1.</span> 损失随 λ 下降。", "<span class=\"label\">图 1.1.</span> 验证损失",
            ">图 1.1</a>", ">表 1.1</a>", "<span lang=\"en\">Weight decay</span>",
            "<ul class=\"checks\" aria-label=\"检验\">", "aria-label=\"通过\"", "惩罚越大，损失越小",
            "<th scope=\"col\" class=\"num\">损失</th>", "<td class=\"num\">0.500</td>",
            "本页的每个数字都由本章的代码在构建本书时算出", "缓存键",
            "<a class=\"previous\" rel=\"prev\" href=\"index.html\">← 目录</a>",
            "<span class=\"pager-word\">下一章</span> 下一章 →",
            "最小的损失是 <span class=\"value\">0.5</span>。", "<math",
        ] {
            XCTAssertTrue(page.contains(expected), expected)
        }
        XCTAssertFalse(page.contains("Chapter") || page.contains("Figure") || page.contains("Contents"),
                       "no English word of the engine on a Chinese page")
        let next = try String(contentsOf: site.appendingPathComponent("02-next.html"), encoding: .utf8)
        XCTAssertTrue(next.contains("见 <a class=\"xref\" href=\"01-zheng-ze.html\">第 1 章</a>。"), next)
        XCTAssertTrue(next.contains("<span class=\"pager-word\">上一章</span> ← 正则化"), next)
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<h2 id=\"contents\">目录</h2>"))
        XCTAssertTrue(index.contains("开始阅读：正则化 →"))
        XCTAssertTrue(index.contains("<p class=\"downloads\">下载： <a href=\"book.html\">全书单页版（book.html）</a> · "
            + "<a href=\"student-copy.zip\" download>学生版源文件，不含解答（student-copy.zip）</a></p>"), index)
        if let findings = try unexpectedTidyFindings(page) { XCTAssertEqual(findings, []) }
    }

    func testEnglishIsTheDefaultLanguageOfThePage() throws {
        let chapter = try parseChapter("---\ntitle: T\n---\n\nText.\n")
        let page = renderedPage(chapter, result: succeededRun(chapter))
        XCTAssertTrue(page.contains("<html lang=\"en\">"))
        XCTAssertTrue(page.contains("<p class=\"chapter-number\">Chapter 1</p>"))
        XCTAssertTrue(page.contains("Every number on this page was computed"))
    }

    func testChineseWordsForReferencesFootnotesAndCallouts() throws {
        let chapter = try ChapterParser.parse("""
            ---
            title: T
            ---

            ::: note
            见注释。[^a]
            :::

            [^a]: 脚注。
            """, number: 1, slug: "t", path: "chapters/01-t.md", language: .chinese)
        XCTAssertTrue(proseHTML(chapter).contains("<p class=\"callout-title\">注</p>"), proseHTML(chapter))
        XCTAssertTrue(proseHTML(chapter).contains("<section class=\"footnotes\" aria-label=\"脚注\">"))
        XCTAssertTrue(proseHTML(chapter).contains("aria-label=\"返回引用 1\""))
        XCTAssertEqual(chapter.language, .chinese)
    }
}
