/// The words the engine writes on a page, one table per `PageLanguage`: headings, labels of
/// numbered tables and figures, navigation, the check list and the provenance footer.
/// Messages to the author (errors, warnings) stay in English.
struct PageWords: Sendable {
    /// "Chapter 3".
    var chapter: @Sendable (Int) -> String
    var figure: String
    var table: String
    var equation: String
    /// "Exercise 4.2".
    var exercise: String
    /// The summaries of an exercise's folds: its solution prose, solution cell and hidden tests.
    var solution: String
    var solutionCode: String
    var hiddenTests: String
    /// "2 points", what a check is worth.
    var points: @Sendable (Int) -> String
    var contents: String
    var references: String
    var footnotes: String
    /// The back link of footnote `n` (`"3"` or `"3-2"` for its second reference).
    var backToReference: @Sendable (String) -> String
    var previous: String
    var next: String
    /// The label of the pager: "Previous and next chapter".
    var pager: String
    /// "Start reading: Title →" on the index page.
    var startReading: @Sendable (String) -> String
    var skipToText: String
    /// The link at a section's end, the phone menu's label, and the provenance footer's summary.
    var backToTop: String
    var chaptersAndSections: String
    var howThisPageWasBuilt: String
    /// The search box's label, and what it says when no section matches.
    var search: String
    var searchFoundNothing: String
    /// The download links under a chapter: their lead-in, the chapter's Markdown, results.json.
    var download: String
    var chapterSource: String
    var computedValues: String
    /// The download links on the index page: the whole-book handout and, in the teacher's
    /// edition, the student's copy of the sources.
    var handout: String
    var studentCopy: String
    /// "Mirrors the article’s section".
    var mirrors: String
    /// The heading of a cell's check list, and the state of one check.
    var checks: String
    var passed: String
    var failed: String
    /// The labels of what a cell printed on standard output and on standard error.
    var output: String
    var standardError: String
    /// The summary of a folded cell without a comment of its own.
    var showCode: String
    /// The title of a callout without one, by kind.
    var callout: @Sendable (Callout.Kind) -> String
    /// The provenance footer: its first sentence (given the toolchain's name), the cache key's
    /// label and the data manifests' label.
    var computedWith: @Sendable (String) -> String
    var cacheKey: String
    var dataManifests: String
    /// What a number looks like when its chapter failed.
    var notComputed: String

    /// "Figure 3.2": the word of `kind` and its number.
    func number(_ kind: CrossReference.Kind, _ number: String) -> String {
        switch kind {
        case .figure: return "\(figure) \(number)"
        case .table: return "\(table) \(number)"
        case .equation: return "\(equation) \(number)"
        case .chapter: return chapter(Int(number) ?? 0)
        case .exercise: return "\(exercise) \(number)"
        }
    }

    static let english = PageWords(
        chapter: { "Chapter \($0)" }, figure: "Figure", table: "Table", equation: "Equation",
        exercise: "Exercise", solution: "Solution", solutionCode: "Solution code", hiddenTests: "Hidden tests",
        points: { $0 == 1 ? "1 point" : "\($0) points" },
        contents: "Contents", references: "References", footnotes: "Footnotes",
        backToReference: { "Back to reference \($0)" },
        previous: "Previous", next: "Next", pager: "Previous and next chapter",
        startReading: { "Start reading: \($0)" }, skipToText: "Skip to the text",
        backToTop: "Back to top", chaptersAndSections: "Chapters and sections",
        howThisPageWasBuilt: "How this page was built",
        search: "Search", searchFoundNothing: "No section contains every word.",
        download: "Download:", chapterSource: "this chapter’s Markdown source",
        computedValues: "every value the book computed (results.json)",
        handout: "the whole book on one page (book.html)",
        studentCopy: "the students’ copy of the sources, without solutions (student-copy.zip)",
        mirrors: "Mirrors the article’s section", checks: "Checks", passed: "passed", failed: "failed",
        output: "Output", standardError: "Standard error", showCode: "Show the code",
        callout: { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() },
        computedWith: {
            "Every number on this page was computed by this chapter’s code when the book was built, "
                + "with \($0)."
        },
        cacheKey: "Cache key", dataManifests: "data manifests",
        notComputed: "not computed: the chapter failed"
    )

    static let chinese = PageWords(
        chapter: { "第 \($0) 章" }, figure: "图", table: "表", equation: "公式",
        exercise: "练习", solution: "解答", solutionCode: "参考代码", hiddenTests: "隐藏测试", points: { "\($0) 分" },
        contents: "目录", references: "参考文献", footnotes: "脚注",
        backToReference: { "返回引用 \($0)" },
        previous: "上一章", next: "下一章", pager: "上一章与下一章",
        startReading: { "开始阅读：\($0)" }, skipToText: "跳到正文",
        backToTop: "回到顶部", chaptersAndSections: "章与节", howThisPageWasBuilt: "本页是如何构建的",
        search: "搜索", searchFoundNothing: "没有哪一节包含所有这些词。",
        download: "下载：", chapterSource: "本章的 Markdown 源文件", computedValues: "本书算出的全部数值（results.json）",
        handout: "全书单页版（book.html）", studentCopy: "学生版源文件，不含解答（student-copy.zip）",
        mirrors: "对应原文章节", checks: "检验", passed: "通过", failed: "未通过",
        output: "输出", standardError: "标准错误", showCode: "显示代码",
        callout: { kind in
            switch kind {
            case .note: return "注"
            case .tip: return "提示"
            case .warning: return "警告"
            case .important: return "重要"
            case .caution: return "注意"
            case .exercise: return "练习"
            case .solution: return "解答"
            }
        },
        computedWith: { "本页的每个数字都由本章的代码在构建本书时算出，所用工具链为 \($0)。" },
        cacheKey: "缓存键", dataManifests: "数据清单",
        notComputed: "未算出：本章运行失败"
    )
}
