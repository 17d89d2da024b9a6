import Foundation

/// What happened to one chapter in a build.
public struct ChapterOutcome: Sendable {
    public var chapter: Chapter
    public var result: ChapterResult
    public var key: CacheKey
    /// Whether the result came from the cache (nothing compiled or run).
    public var cached: Bool
    public var provenance: Provenance
}

/// The pipeline: parse -> plan -> (cache) -> execute -> render -> write.
public struct BookBuilder: Sendable {
    public var workspace: Workspace
    public var progress: Progress

    public init(workspace: Workspace, progress: Progress) {
        self.workspace = workspace
        self.progress = progress
    }

    /// Runs `chapters` of `book` (from the cache where possible), up to `jobs` at a time.
    /// Results come back in the order of `chapters`, whatever `jobs` is.
    public func execute(_ chapters: [Chapter], useCache: Bool, jobs: Int) throws -> [ChapterOutcome] {
        let lock = try BuildLock(cacheFolder: workspace.cacheFolder, progress: progress)
        defer { withExtendedLifetime(lock) {} }
        let toolchain = try Toolchain.locate(scratch: workspace.cacheFolder)
        let libraries = workspace.libraries
        let identity = try libraries.identity()
        let cache = workspace.resultCache

        var planned: [(chapter: Chapter, program: ChapterProgram, key: CacheKey, provenance: Provenance)] = []
        for chapter in chapters {
            let program = ChapterProgram(chapter: chapter)
            let manifests = try chapter.frontMatter.data.sorted().map { try workspace.dataManifest($0, for: chapter) }
            let key = CacheKey(program: program, librariesIdentity: identity, toolchainVersion: toolchain.version,
                               dataManifests: manifests, timeLimit: chapter.frontMatter.timeLimit)
            let data = zip(chapter.frontMatter.data.sorted(), manifests).map { name, manifest in
                (name: name, digest: CacheKey.digest(manifest))
            }
            planned.append((chapter, program, key, Provenance(toolchain: toolchain.version, cacheKey: key, data: data)))
        }

        var outcomes = [ChapterOutcome?](repeating: nil, count: planned.count)
        var misses: [Int] = []
        for (index, plan) in planned.enumerated() {
            if useCache, let result = cache.result(for: plan.chapter, key: plan.key,
                                                          lineMap: plan.program.lineMap) {
                progress.report(plan.chapter.name, "cached")
                outcomes[index] = ChapterOutcome(chapter: plan.chapter, result: result, key: plan.key,
                                                 cached: true, provenance: plan.provenance)
            } else {
                misses.append(index)
            }
        }
        guard !misses.isEmpty else { return outcomes.map { $0! } }

        try libraries.ensureBuilt(toolchain: toolchain, identity: identity) { progress.report("book", $0) }
        let runner = ChapterRunner(toolchain: toolchain, libraries: libraries, bookRoot: workspace.bookRoot,
                                   dataFolder: workspace.dataFolder)
        let lockForResults = NSLock()
        var nextMiss = 0
        var firstError: Error?
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, misses.count))) { _ in
            while true {
                lockForResults.lock()
                guard nextMiss < misses.count, firstError == nil else { lockForResults.unlock(); return }
                let index = misses[nextMiss]
                nextMiss += 1
                lockForResults.unlock()
                let plan = planned[index]
                let name = plan.chapter.name
                do {
                    let work = workspace.cacheFolder.appendingPathComponent("work").appendingPathComponent(name)
                    let run = try runner.run(plan.chapter, program: plan.program, workFolder: work) { stage in
                        progress.report(name, stage)
                    }
                    progress.report(name, summary(run))
                    if run.result.status != .timedOut {
                        try cache.store(run.result, for: plan.chapter, key: plan.key, lineMap: plan.program.lineMap)
                    }
                    lockForResults.lock()
                    outcomes[index] = ChapterOutcome(chapter: plan.chapter, result: run.result, key: plan.key,
                                                     cached: false, provenance: plan.provenance)
                    lockForResults.unlock()
                } catch {
                    lockForResults.lock()
                    firstError = firstError ?? error
                    lockForResults.unlock()
                }
            }
        }
        if let firstError { throw firstError }
        return outcomes.map { $0! }
    }

    /// Builds the site of `book` into `output`: runs the chapters named (all when empty),
    /// renders their pages and the index, and writes them. A full build also writes
    /// `results.json` and removes pages of chapters that no longer exist.
    public func build(_ book: Book, chapters names: [String], output: OutputFolder,
                      useCache: Bool, jobs: Int) throws -> [ChapterOutcome] {
        let chapters = try book.chapters(named: names)
        let outcomes = try execute(chapters, useCache: useCache, jobs: jobs)
        let renderer = PageRenderer(book: book)
        var files: [(name: String, contents: Data)] = []
        for outcome in outcomes {
            let page = renderer.chapterPage(outcome.chapter, result: outcome.result, provenance: outcome.provenance)
            files.append((outcome.chapter.pageName, Data(page.utf8)))
            progress.report(outcome.chapter.name, "rendered")
        }
        files.append(("index.html", Data(renderer.indexPage().utf8)))
        files.append((Theme.stylesheetName, Data(Theme.stylesheet.utf8)))
        let fullBuild = names.isEmpty
        if fullBuild {
            let results = outcomes.map { (name: $0.chapter.name, exports: $0.result.exports) }
            files.append((ResultsFile.name, Data(ResultsFile.json(results).utf8)))
        }
        try output.write(files, removingOthers: fullBuild)
        progress.report("book", "wrote \(files.count) files to \(output.url.lastPathComponent)/")
        return outcomes
    }

    private func summary(_ run: ChapterRunner.Run) -> String {
        let compile = "compiled in \(Format.seconds(run.compileSeconds))"
        switch run.result.status {
        case .compileFailed: return "did not compile (\(Format.seconds(run.compileSeconds)))"
        case .succeeded: return "\(compile), ran in \(Format.seconds(run.runSeconds))"
        default: return "\(compile), failed after \(Format.seconds(run.runSeconds)): \(run.result.status.rawValue)"
        }
    }
}

extension CacheKey {
    /// The first 12 hexadecimal digits of the SHA-256 of `text`.
    static func digest(_ text: String) -> String {
        String(SHA256Digest.hex(of: text).prefix(12))
    }
}

// MARK: - Cache state and cleaning

extension BookBuilder {
    /// Each chapter with whether its cached result is current ("current", "stale", "none").
    public func cacheStates(_ chapters: [Chapter]) throws -> [(chapter: Chapter, state: String)] {
        let toolchain = try Toolchain.locate(scratch: workspace.cacheFolder)
        let identity = try workspace.libraries.identity()
        let cache = workspace.resultCache
        return try chapters.map { chapter in
            let manifests = try chapter.frontMatter.data.sorted().map { try workspace.dataManifest($0, for: chapter) }
            let key = CacheKey(program: ChapterProgram(chapter: chapter), librariesIdentity: identity,
                               toolchainVersion: toolchain.version, dataManifests: manifests,
                               timeLimit: chapter.frontMatter.timeLimit)
            if cache.contains(chapter, key: key) { return (chapter, "current") }
            let exists = FileManager.default.fileExists(
                atPath: cache.folder.appendingPathComponent(chapter.name + ".json").path)
            return (chapter, exists ? "stale" : "none")
        }
    }

    /// Deletes the cache folder, and the libraries' release build when asked.
    public func clean(includingLibraries: Bool) throws {
        var folders = [workspace.cacheFolder]
        if includingLibraries { folders.append(workspace.libraries.scratch) }
        for folder in folders where FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.removeItem(at: folder)
                progress.report("book", "removed \(folder.lastPathComponent)/")
            } catch {
                throw BookError(.io, at: SourceLocation(path: folder.lastPathComponent), "cannot remove this folder")
            }
        }
    }
}
