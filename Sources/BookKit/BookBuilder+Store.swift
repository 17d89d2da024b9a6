import Foundation

/// The store's maintenance: the state of each chapter's cached result, the listing of
/// `book list`, and the cleaning of `book clean`.
extension BookBuilder {
    /// Each chapter with the state of its cached result.
    public func cacheStates(_ chapters: [Chapter]) throws -> [(chapter: Chapter, state: CacheState)] {
        let context = try context()
        var results: [String: ChapterResult] = [:]
        return try chapters.map { chapter in
            let plan = try plan(chapter, context: context, results: results)
            if let result = context.cache.result(for: chapter, key: plan.key, lineMap: plan.program.lineMap) {
                results[chapter.name] = result
                return (chapter, .current)
            }
            let exists = !context.cache.files(for: chapter).isEmpty
            return (chapter, exists ? .stale : .absent)
        }
    }

    /// Each chapter with the state of its result and the memoized values of its newest
    /// result (the current one when there is one), with their sizes in the store now.
    public func listing(_ chapters: [Chapter]) throws
        -> [(chapter: Chapter, state: CacheState, memos: [(name: String, bytes: Int?)])] {
        let cache = workspace.resultCache
        let store = workspace.store
        return try cacheStates(chapters).map { chapter, state in
            let newest = cache.files(for: chapter).lazy.compactMap(ResultCache.read).first
            let memos = (newest?.result.memos ?? []).map { memo in (memo.name, store.memoSize(memo.key)) }
            return (chapter, state, memos)
        }
    }

    /// Removes from the store every result that is not a current chapter's current result, and
    /// every memoized value those results did not use; returns how many entries and bytes.
    public func cleanUnused(_ chapters: [Chapter]) throws -> (entries: Int, bytes: Int) {
        let context = try context()
        var results: [String: ChapterResult] = [:]
        var keptResults: [URL] = []
        var keptMemos: [String] = []
        for chapter in chapters {
            let plan = try plan(chapter, context: context, results: results)
            guard let file = context.cache.files(for: chapter, key: plan.key).first(where: { file in
                ResultCache.read(file).map { context.cache.filesUnchanged($0.result.filesRead) } ?? false
            }), let entry = ResultCache.read(file) else { continue }
            results[chapter.name] = entry.result
            keptResults.append(file)
            keptMemos += entry.result.memos.map(\.key)
        }
        let removed = workspace.store.remove(keepingResults: keptResults, memos: keptMemos)
        return (removed.count, removed.reduce(0) { $0 + $1.bytes })
    }

    /// Deletes the cache folder, and the libraries' release build when asked. The build of a
    /// package outside the book's root (`--package`) is shared with that package and its other
    /// books, so it is deleted only when `force` is set.
    public func clean(includingLibraries: Bool, force: Bool = false) throws {
        var folders = [workspace.cacheFolder]
        if includingLibraries {
            let scratch = workspace.libraries.scratch
            let root = workspace.bookRoot.resolvingSymlinksInPath().path
            let package = workspace.packageRoot.resolvingSymlinksInPath().path
            guard force || package == root || package.hasPrefix(root + "/") else {
                throw BookError(
                    .usage, at: SourceLocation(path: scratch.path),
                    "refusing to delete the libraries' build of another package: \(package) is not "
                        + "this book, and its other books and its own builds use that folder too",
                    hint: "add --force to delete it anyway (the next build of any of its books rebuilds the "
                        + "libraries, which takes minutes), or run 'book clean' without --libraries"
                )
            }
            folders.append(scratch)
        }
        for folder in folders where FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.removeItem(at: folder)
                progress.report("book", "removed \(folder.lastPathComponent)/")
            } catch {
                throw BookError(
                    .io,
                    at: SourceLocation(path: folder.lastPathComponent),
                    "cannot remove this folder"
                )
            }
        }
    }
}
