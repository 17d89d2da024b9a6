import Foundation

/// The folders a build works with.
public struct Workspace: Sendable {
    /// The folder holding `chapters/`.
    public var bookRoot: URL
    /// The Swift package that defines the `Notebook` and `L2Lab` libraries cells link against.
    public var packageRoot: URL
    /// Cache entries and chapter programs (`.book-cache/` under the book's root).
    public var cacheFolder: URL
    /// The corpora: `BOOK_DATA_DIR` if set, else `.book-data/` under the package root.
    public var dataFolder: URL

    /// A workspace for the book at `bookRoot` whose libraries come from `packageRoot`.
    public init(bookRoot: URL, packageRoot: URL? = nil, dataFolder: URL? = nil) {
        self.bookRoot = bookRoot.standardizedFileURL
        self.packageRoot = (packageRoot ?? bookRoot).standardizedFileURL
        self.cacheFolder = self.bookRoot.appendingPathComponent(".book-cache")
        self.dataFolder = dataFolder ?? Workspace.defaultDataFolder(packageRoot: self.packageRoot)
    }

    /// The package cells link against when none is named (`--package`): the book's root when
    /// it defines the libraries (this repository's own book), else the package `book` was
    /// built from, while it is where it was built.
    public static func defaultPackageRoot(bookRoot: URL) -> URL {
        func definesLibraries(_ package: URL) -> Bool {
            RuntimeLibraries.sourceFolders.allSatisfy {
                FileManager.default.fileExists(atPath: package.appendingPathComponent($0).path)
            }
        }
        if definesLibraries(bookRoot) || !definesLibraries(builtFrom) { return bookRoot }
        return builtFrom
    }

    /// The package this engine was compiled from (its sources' folder when it was compiled).
    static let builtFrom = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `BOOK_DATA_DIR` when set, else `.book-data` in the package.
    public static func defaultDataFolder(packageRoot: URL) -> URL {
        if let path = ProcessInfo.processInfo.environment["BOOK_DATA_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path).standardizedFileURL
        }
        return packageRoot.appendingPathComponent(".book-data")
    }

    var resultCache: ResultCache {
        ResultCache(folder: store.resultsFolder, bookRoot: bookRoot)
    }
    var store: ResultStore { ResultStore(cacheFolder: cacheFolder) }
    /// Where chapter runs record the files they read (`FileTracer`).
    var traceFolder: URL { cacheFolder.appendingPathComponent("trace") }
    /// The folder chapter `name` is compiled and run in, kept until its next run.
    func runFolder(forChapter name: String) -> URL {
        cacheFolder.appendingPathComponent("work").appendingPathComponent(name)
    }
    /// Folders under the book's root whose files do not enter a result's validity when a
    /// chapter reads them: the cache, the corpora (their manifests are in the key) and the
    /// package's builds (the libraries' identity is).
    var untracedFolders: [URL] {
        [cacheFolder, dataFolder, packageRoot.appendingPathComponent(".build-cells"),
         packageRoot.appendingPathComponent(".build")].map { $0.resolvingSymlinksInPath() }
    }
    var libraries: RuntimeLibraries { RuntimeLibraries(packageRoot: packageRoot) }

    /// The manifest of corpus `name`, which its chapter's cache key includes.
    func dataManifest(_ name: String, for chapter: Chapter) throws -> String {
        let url = dataFolder.appendingPathComponent(name).appendingPathComponent("MANIFEST")
        if let text = try? String(contentsOf: url, encoding: .utf8) { return name + "\n" + text }
        let line = chapter.frontMatter.dataLines[name] ?? chapter.frontMatter.keyLines["data"]
        let place = SourceLocation(path: chapter.path, line: line ?? chapter.frontMatter.line, column: 1)
        guard Corpus.all.contains(where: { $0.name == name }) else {
            throw BookError(.input, at: place,
                            "this chapter reads the corpus '\(name)', which the book does not know",
                            hint: "the corpora are: " + availableCorpora().joined(separator: ", "))
        }
        throw BookError(.input, at: place,
                        "this chapter reads the corpus '\(name)', which is not in \(dataFolder.path)",
                        hint: "run 'book data fetch' first")
    }

    /// The corpora `book data fetch` provides and those already in the corpora folder, sorted.
    func availableCorpora() -> [String] {
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: dataFolder.path)) ?? []).filter {
            FileManager.default.fileExists(atPath: dataFolder.appendingPathComponent($0 + "/MANIFEST").path)
        }
        return Set(Corpus.all.map(\.name) + present).sorted()
    }
}
