import Foundation
import Synchronization

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

/// The pipeline: parse -> plan -> (cache) -> execute -> render -> write.
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

    /// A chapter ready to run: its program, its cache key and where its numbers come from.
    struct Plan {
        var chapter: Chapter
        var program: ChapterProgram
        var key: CacheKey
        var provenance: Provenance
        var imports: String
        /// The chapter's inputs besides its program, which the keys of its `memo` values hold
        /// (`MemoKeys`, computed only when the chapter runs).
        var memoBase: String
    }

    /// What every plan of one build shares.
    struct Context {
        var toolchain: Toolchain
        var identity: String
        var cache: ResultCache
    }

    func context() throws -> Context {
        let toolchain = try Toolchain.locate(scratch: workspace.cacheFolder)
        return Context(
            toolchain: toolchain,
            identity: try workspace.libraries.identity(),
            cache: workspace.resultCache
        )
    }

    /// Plans `chapter`, given the results of the chapters it uses.
    func plan(_ chapter: Chapter, context: Context, results: [String: ChapterResult]) throws -> Plan {
        let program = ChapterProgram(chapter: chapter)
        let names = chapter.frontMatter.data.sorted()
        let manifests = try names.map { try workspace.dataManifest($0, for: chapter) }
        let imports = ImportedValues.text(chapter.frontMatter.uses.map { name in
            (name, results[name]?.exports ?? [])
        })
        let key = CacheKey(program: program, librariesIdentity: context.identity,
                           toolchainVersion: context.toolchain.version, dataManifests: manifests,
                           imports: imports, timeLimit: chapter.frontMatter.timeLimit,
                           edition: chapter.editionChangedText ? chapter.edition : .teacher)
        let data = zip(names, manifests).map { (name: $0, digest: CacheKey.digest($1)) }
        let provenance = Provenance(toolchain: context.toolchain.version, cacheKey: key, data: data)
        let base = ["engine \(CacheKey.engineVersion)", context.identity, context.toolchain.version,
                    manifests.joined(separator: "\n--\n"), imports].joined(separator: "\n\u{0}\n")
        return Plan(chapter: chapter, program: program, key: key, provenance: provenance, imports: imports,
                    memoBase: base)
    }

    /// Runs `chapters` of `book` (from the cache where possible), up to `jobs` at a time, after
    /// the chapters they use. Results come back for `chapters`, in their order, whatever `jobs` is.
    public func execute(
        _ chapters: [Chapter],
        in book: Book,
        useCache: Bool,
        jobs: Int
    ) throws -> [ChapterOutcome] {
        let lock = try BuildLock(cacheFolder: workspace.cacheFolder, progress: progress)
        defer { withExtendedLifetime(lock) {} }
        let context = try context()
        var outcomes: [String: ChapterOutcome] = [:]
        var librariesReady = false
        for level in Self.levels(book.withDependencies(chapters)) {
            let plans = try level.map { chapter in
                try plan(chapter, context: context, results: outcomes.mapValues(\.result))
            }
            var misses: [Plan] = []
            for plan in plans {
                let uses = plan.chapter.frontMatter.uses
                if let mistake = plan.chapter.mistake {
                    progress.report(plan.chapter.name, "not run: its text has a mistake")
                    outcomes[plan.chapter.name] = ChapterOutcome(
                        chapter: plan.chapter, result: Self.notRun(plan.chapter, because: nil),
                        key: plan.key, cached: false, provenance: plan.provenance, errors: [mistake]
                    )
                } else if let failed = uses.first(where: { outcomes[$0]?.result.status != .succeeded }) {
                    progress.report(plan.chapter.name, "not run: \(failed) failed")
                    outcomes[plan.chapter.name] = ChapterOutcome(
                        chapter: plan.chapter, result: Self.notRun(plan.chapter, because: failed),
                        key: plan.key, cached: false, provenance: plan.provenance
                    )
                } else if useCache, let result = context.cache.result(for: plan.chapter, key: plan.key,
                                                               lineMap: plan.program.lineMap) {
                    progress.report(plan.chapter.name, "cached")
                    outcomes[plan.chapter.name] = ChapterOutcome(
                        chapter: plan.chapter,
                        result: result,
                        key: plan.key,
                        cached: true,
                        provenance: plan.provenance
                    )
                } else {
                    misses.append(plan)
                }
            }
            guard !misses.isEmpty else { continue }
            if !librariesReady {
                try workspace.libraries.ensureBuilt(
                    toolchain: context.toolchain,
                    identity: context.identity
                ) {
                    progress.report("book", $0)
                }
                librariesReady = true
            }
            for outcome in try run(misses, context: context, jobs: jobs) {
                outcomes[outcome.chapter.name] = outcome
            }
        }
        let removed = workspace.store.evict(toFit: storeSizeLimit)
        if !removed.isEmpty {
            let bytes = removed.reduce(0) { $0 + $1.bytes }
            progress.report("book", "removed \(removed.count) least recently used store entries "
                + "(\(Format.bytes(bytes))) to stay under \(Format.bytes(storeSizeLimit))")
        }
        return chapters.map { outcomes[$0.name]! }
    }

    /// Compiles and runs `plans` in parallel, up to `jobs` at a time, and caches their results.
    private func run(_ plans: [Plan], context: Context, jobs: Int) throws -> [ChapterOutcome] {
        var configured = ChapterRunner(toolchain: context.toolchain, libraries: workspace.libraries,
                                   bookRoot: workspace.bookRoot, dataFolder: workspace.dataFolder)
        configured.printLimit = printLimit
        configured.tracer = try FileTracer.prepare(in: workspace.traceFolder, toolchain: context.toolchain)
        configured.memoStore = useMemoStore ? workspace.store.memoFolder : nil
        configured.untracedFolders = workspace.untracedFolders
        configured.programCache = workspace.store.programsFolder
        configured.programIdentity = [context.identity, context.toolchain.version].joined(separator: "\n\u{0}\n")
        let runner = configured
        /// The next plan to take, what the finished ones gave, and the first error.
        struct Queue {
            var next = 0
            var outcomes: [ChapterOutcome?]
            var firstError: (any Error)?
        }
        let queue = Mutex(Queue(outcomes: [ChapterOutcome?](repeating: nil, count: plans.count)))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, plans.count))) { _ in
            while true {
                let taken: Int? = queue.withLock { queue in
                    guard queue.next < plans.count, queue.firstError == nil else { return nil }
                    defer { queue.next += 1 }
                    return queue.next
                }
                guard let index = taken else { return }
                let plan = plans[index]
                let name = plan.chapter.name
                do {
                    let work = workspace.runFolder(forChapter: name)
                    let memoKeys = MemoKeys.text(plan.chapter, base: plan.memoBase)
                    let run = try runner.run(plan.chapter, program: plan.program, imports: plan.imports,
                                             memoKeys: memoKeys,
                                             chapterFolder: work) { stage in
                        progress.report(name, stage)
                    }
                    progress.report(name, summary(run))
                    if run.result.status != .timedOut {
                        try context.cache.store(run.result, for: plan.chapter, key: plan.key,
                                                lineMap: plan.program.lineMap)
                    }
                    let outcome = ChapterOutcome(chapter: plan.chapter, result: run.result, key: plan.key,
                                                 cached: false, provenance: plan.provenance)
                    queue.withLock { $0.outcomes[index] = outcome }
                } catch {
                    queue.withLock { $0.firstError = $0.firstError ?? error }
                }
            }
        }
        let finished = queue.withLock { $0 }
        if let firstError = finished.firstError { throw firstError }
        return finished.outcomes.map { $0! }
    }

    /// The result of a chapter that was not run: because `failed`, a chapter it uses, failed (the
    /// failure points at its `uses:` line and is shown at the top of its page), or, when nil,
    /// because its text has a mistake (`Chapter.mistake`, which the outcome reports).
    static func notRun(_ chapter: Chapter, because failed: String?) -> ChapterResult {
        let line = chapter.frontMatter.keyLines["uses"] ?? chapter.frontMatter.line
        let failure = failed.map { failed in
            Failure(location: SourceLocation(path: chapter.path, line: line, column: 1),
                    message: "not run: \(failed), which it uses, failed", details: "", cellIndex: nil)
        }
        return ChapterResult(status: .notRun, cells: [], inlineValues: chapter.inlineValues.map { _ in nil },
                             exports: [], failure: failure)
    }

    /// `chapters` grouped so that every chapter comes after the chapters it uses; the chapters
    /// of one group do not depend on each other and can run together.
    static func levels(_ chapters: [Chapter]) -> [[Chapter]] {
        var depth: [String: Int] = [:]
        for chapter in chapters {
            depth[chapter.name] = (chapter.frontMatter.uses.compactMap { depth[$0] }.max() ?? -1) + 1
        }
        let deepest = depth.values.max() ?? -1
        guard deepest >= 0 else { return [] }
        return (0...deepest).map { level in chapters.filter { depth[$0.name] == level } }
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

    private func summary(_ run: ChapterRunner.Run) -> String {
        let compile = "compiled in \(Format.seconds(run.compileSeconds))"
        switch run.result.status {
        case .compileFailed: return "did not compile (\(Format.seconds(run.compileSeconds)))"
        case .succeeded: return "\(compile), ran in \(Format.seconds(run.runSeconds))"
        default:
            let seconds = Format.seconds(run.runSeconds)
            return "\(compile), failed after \(seconds): \(run.result.status.rawValue)"
        }
    }
}
