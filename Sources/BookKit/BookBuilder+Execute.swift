import Foundation
import Synchronization

/// The plan and execute stages: each chapter's program and cache key, then the chapters run (or
/// taken from the cache) level by level, each after the chapters it uses.
extension BookBuilder {
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
