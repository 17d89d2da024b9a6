import Foundation

/// What happened to one chapter in a build.
public struct ChapterOutcome: Sendable {
    public var chapter: Chapter
    public var result: ChapterResult
    public var key: CacheKey
    /// Whether the result came from the cache (nothing compiled or run).
    public var cached: Bool
    public var provenance: Provenance
    /// Mistakes found once the chapters ran (a reference to a label no figure carries): shown
    /// at the top of the chapter's page and reported as failures, like a broken cell.
    public var errors: [BookError] = []
}

/// The pipeline: parse -> plan -> (cache) -> execute -> render -> write (the plan and execute
/// stages in `BookBuilder+Execute.swift`, the store's commands in `BookBuilder+Store.swift`).
public struct BookBuilder: Sendable {
    public var workspace: Workspace
    public var progress: Progress
    /// How much a chapter's program may print before it is stopped (`ChapterRunner.printLimit`).
    var printLimit = ChapterRunner.defaultPrintLimit
    /// Whether `memo` keeps and loads values (`.book-cache/memo/`); without, it computes them.
    public var useMemoStore = true
    /// The most bytes the store of results and memoized values may hold; least recently used
    /// entries are removed past it after each build.
    public var storeSizeLimit = ResultStore.defaultSizeLimit

    public init(workspace: Workspace, progress: Progress) {
        self.workspace = workspace
        self.progress = progress
    }

    /// Builds the site of `book` into `output`: runs the chapters named (all when empty),
    /// renders their pages and the index, and writes them. A full build also writes
    /// `results.json` and removes pages of chapters that no longer exist.
    public func build(_ book: Book, chapters names: [String], output: OutputFolder,
                      useCache: Bool, jobs: Int) throws -> [ChapterOutcome] {
        let chapters = try book.chapters(named: names)
        var outcomes = try execute(chapters, in: book, useCache: useCache, jobs: jobs)
        let figureIndexes = outcomes.indices.map { position in
            let outcome = outcomes[position]
            let figures = FigureIndex(chapter: outcome.chapter, result: outcome.result)
            do {
                try figures.validate(outcome.chapter, ranToEnd: outcome.result.status == .succeeded)
            } catch {
                outcomes[position].errors.append(error as? BookError ?? BookError(
                    .input, at: SourceLocation(path: outcome.chapter.path), "\(error)"))
            }
            outcomes[position].errors += outcome.pointsErrors
            return figures
        }
        let others = otherIndexes(book, outcomes: outcomes, figureIndexes: figureIndexes)
        for (name, error) in others.errors {
            guard let position = outcomes.firstIndex(where: { $0.chapter.name == name }) else { continue }
            outcomes[position].errors.append(error)
        }
        let renderer = PageRenderer(book: book)
        var files: [(name: String, contents: Data)] = []
        var searchPages: [SearchIndex.Page] = []
        var handoutPages: [(chapter: Chapter, page: HTML)] = []
        for (outcome, figures) in zip(outcomes, figureIndexes) {
            let page = renderer.chapterPage(
                outcome.chapter,
                result: outcome.result,
                errors: outcome.errors,
                figures: figures,
                others: others.indexes.mapValues(\.index),
                provenance: outcome.provenance
            )
            files.append((outcome.chapter.pageName, page.data))
            let source = workspace.bookRoot.appendingPathComponent(outcome.chapter.path)
            // The student's edition offers the chapter as students get it (`book export`).
            files.append((outcome.chapter.sourceName,
                          outcome.chapter.edition.download(try Data(contentsOf: source), path: outcome.chapter.path)))
            let title = "\(outcome.chapter.number). \(outcome.chapter.frontMatter.title)"
            searchPages.append(SearchIndex.Page(name: outcome.chapter.pageName, title: title, html: page))
            handoutPages.append((outcome.chapter, page))
            progress.report(outcome.chapter.name, "rendered")
        }
        files.append(("index.html", renderer.indexPage().data))
        files += try Theme.files()
        let fullBuild = names.isEmpty
        if fullBuild {
            let results = outcomes.map { (name: $0.chapter.name, exports: $0.result.exports) }
            files.append((ResultsFile.name, Data(ResultsFile.json(results).utf8)))
            files.append((SearchIndex.name, Data(SearchIndex.script(searchPages).utf8)))
            files.append((Handout.name, renderer.handoutPage(handoutPages).data))
            if StudentCopy.isOffered(by: book) {
                // --no-cache archives anew, and keeps nothing.
                let archives = workspace.cacheFolder.appendingPathComponent("archives")
                let cache = useCache ? ArchiveCache(folder: archives) : nil
                files.append((StudentCopy.siteArchiveName,
                              try StudentCopy.siteArchive(bookRoot: workspace.bookRoot, cache: cache)))
            }
        }
        try output.write(files, removingOthers: fullBuild)
        progress.report("book", "wrote \(files.count) files to \(output.url.lastPathComponent)/")
        return outcomes
    }

    /// The figure indexes of the chapters that `outcomes` refer to, by name, each with whether
    /// its chapter ran to its end: from this build, or (for a partial build) from the cache
    /// where current; and, by chapter name, every reference to a chapter that does not exist,
    /// or to a label that a chapter which ran to its end (or whose equations are known) does
    /// not have.
    func otherIndexes(_ book: Book, outcomes: [ChapterOutcome], figureIndexes: [FigureIndex])
        -> (indexes: [String: (index: FigureIndex, complete: Bool)],
            errors: [(chapter: String, error: BookError)]) {
        var errors: [(chapter: String, error: BookError)] = []
        var indexes: [String: (index: FigureIndex, complete: Bool)] = [:]
        for (outcome, figures) in zip(outcomes, figureIndexes) {
            indexes[outcome.chapter.name] = (figures, outcome.result.status == .succeeded)
        }
        let foreign = outcomes.flatMap { outcome in
            outcome.chapter.references.filter { $0.kind == .chapter || $0.chapter != nil }
                .map { (outcome.chapter, $0) }
        }
        let names = Set(foreign.map { $0.1.chapter ?? $0.1.label }).intersection(book.chapters.map(\.name))
        if !names.subtracting(indexes.keys).isEmpty {
            // Without a current cached result, its figures show as "Figure ??"; a chapter that
            // cannot even be planned is reported when it is built.
            for (name, result) in (try? cachedResults(book)) ?? [:]
            where indexes[name] == nil && names.contains(name) {
                guard let chapter = book.chapters.first(where: { $0.name == name }) else { continue }
                indexes[name] = (FigureIndex(chapter: chapter, result: result), result.status == .succeeded)
            }
        }
        for (chapter, reference) in foreign {
            let name = reference.chapter ?? reference.label
            let place = SourceLocation(path: chapter.path, line: reference.line, column: reference.column)
            guard let target = book.chapters.first(where: { $0.name == name }) else {
                errors.append((chapter.name, BookError(
                    .input, at: place, "no chapter of the book is named '\(name)'",
                    hint: "chapters are named by their file: " + book.chapters.map(\.name).joined(separator: ", ")
                )))
                continue
            }
            guard reference.kind != .chapter, name != chapter.name else { continue }
            let known = indexes[name]
            if let known, known.complete || [.equation, .exercise].contains(reference.kind) {
                if known.index.entry(for: reference) == nil {
                    errors.append((chapter.name, known.index.missingLabel(reference, in: chapter,
                                                                          whose: "chapter \(name)")))
                }
            } else if reference.kind == .equation,
                      !target.equations.contains(where: { $0.label == reference.label }) {
                errors.append((chapter.name, BookError(
                    .input, at: place, "no equation of chapter \(name) has the label '\(reference.label)'",
                    hint: "number a display formula with \\label{eq:\(reference.label)} inside its $$…$$"
                )))
            } else if reference.kind == .exercise,
                      !target.exercises.contains(where: { $0.label == reference.label }) {
                errors.append((chapter.name, BookError(
                    .input, at: place, "no exercise of chapter \(name) has the label '\(reference.label)'",
                    hint: "label one: ::: {.exercise label=\"\(reference.label)\"}"
                )))
            }
        }
        return (indexes, errors)
    }

    /// The current cached results of the chapters of `book`, by name.
    private func cachedResults(_ book: Book) throws -> [String: ChapterResult] {
        let context = try context()
        var results: [String: ChapterResult] = [:]
        for chapter in book.chapters {
            let plan = try plan(chapter, context: context, results: results)
            if let result = context.cache.result(for: chapter, key: plan.key, lineMap: plan.program.lineMap) {
                results[chapter.name] = result
            }
        }
        return results
    }
}
