import Crypto
import Foundation

/// Compiles a chapter's program with `swiftc -O`, runs it in a scratch folder with the
/// chapter's time limit, and collects what each cell produced. When the store holds a value for
/// every `memo` call site of the program, it first tries the program unoptimized, loading
/// values only (see `loadOnlyFlags`), cut after its last `memo` cell where it can be
/// (`ProgramSplit`, `ChapterRunner+Split.swift`).
struct ChapterRunner {
    /// The default of `printLimit`.
    static let defaultPrintLimit = 512 << 20
    var toolchain: Toolchain
    var libraries: RuntimeLibraries
    /// The book's root: the compiler runs there, so that paths in messages are relative to it.
    var bookRoot: URL
    /// The corpora folder, handed to the program as `BOOK_DATA_DIR`.
    var dataFolder: URL
    /// The most a chapter's program may print (standard output and error together) before it is
    /// stopped: far more than a page can show, and a guard against a print in an endless loop
    /// filling the disk. Not part of the cache key: only tests lower it.
    var printLimit = Self.defaultPrintLimit
    /// The shown text of one cell is cut after this many bytes, and the cut is reported.
    var shownTextLimit = 256 * 1024
    /// The preloaded library that records the files the program opens (nil: none recorded).
    var tracer: FileTracer?
    /// Where memoized values are kept (nil: `memo` computes every value, and keeps none).
    var memoStore: URL?
    /// Folders under the book's root whose files a run's validity does not depend on: the
    /// cache, the corpora (their manifests are in the key), the libraries' builds.
    var untracedFolders: [URL] = []
    /// Where compiled programs are kept by their source, flags and `programIdentity`, so that a
    /// chapter run again with the same program (a file it reads changed) is not compiled again,
    /// and the parts of cut programs (`ProgramSplit`) (nil: always compiled).
    var programCache: URL?
    /// What compiled programs depend on besides their source and flags: the libraries'
    /// identity and the toolchain's version.
    var programIdentity = ""

    /// How chapter programs are compiled: optimized, and with line information, so that the
    /// runtime's backtrace names the line that trapped (`CrashReport`). Part of the key under
    /// which compiled programs are kept.
    static let compilerFlags = ["-O", "-g"]

    /// How a program that only loads its memoized values is compiled: unoptimized, which takes
    /// a fraction of the time, with assertions off as under `-O` (`-assert-config Release`).
    /// Its output is the same bytes: Swift does not reassociate or contract floating-point
    /// operations at any optimization level, the baseline x86-64 and arm64 targets round every
    /// operation to double precision, and the libraries the cells call are the same optimized
    /// builds. `MemoizedBuildTests` compares the bytes. A run that computes a value (a miss),
    /// fails or times out is thrown away and the program is run again from `compilerFlags`.
    static let loadOnlyFlags = ["-Onone", "-assert-config", "Release", "-g"]

    /// What a run produced, and how long compiling and running took (for progress only).
    struct Run {
        var result: ChapterResult
        var compileSeconds: Double
        var runSeconds: Double
    }

    /// Compiles and runs `program` for `chapter` in a fresh folder of its own inside
    /// `chapterFolder` (which it owns: earlier runs' folders there are removed first).
    ///
    /// No path is shared between runs: a process left over from an earlier, killed build
    /// (there should be none, see `ChildProcess`) could only write into that build's folder,
    /// which is gone, never into this run's program or results.
    func run(_ chapter: Chapter, program: ChapterProgram, imports: String, memoKeys: String = "",
             chapterFolder: URL, stage: (String) -> Void) throws -> Run {
        if let memoStore, MemoKeys.allStored(memoKeys, in: memoStore) {
            let loadOnlyStage = { stage($0 + ", unoptimized: every memo is stored") }
            var wholeMayLoad = true
            if let split = ProgramSplit(chapter: chapter) {
                switch try attempt(chapter, split: split, imports: imports, memoKeys: memoKeys,
                                   chapterFolder: chapterFolder, stage: loadOnlyStage) {
                case .ran(let run): return run
                case .notCompiled: break
                case .notRun: wholeMayLoad = false
                }
            }
            if wholeMayLoad, let attempt = try attempt(chapter, program: program, imports: imports, memoKeys: memoKeys,
                                                       flags: Self.loadOnlyFlags, loadOnly: true,
                                                       chapterFolder: chapterFolder, stage: loadOnlyStage) {
                return attempt
            }
        }
        return try attempt(chapter, program: program, imports: imports, memoKeys: memoKeys,
                           flags: Self.compilerFlags, loadOnly: false,
                           chapterFolder: chapterFolder, stage: stage)!
    }

    /// Where the program compiled from `source` with `flags` is kept (`suffix`: the file's
    /// kind); nil without a program cache.
    func keptProgram(_ source: String, flags: [String], suffix: String = "program") -> URL? {
        let key = SHA256Digest.hex(of: [source, programIdentity, flags.joined(separator: " ")]
                                      .joined(separator: "\n\u{0}\n"))
        return programCache?.appendingPathComponent(key + "." + suffix)
    }

    /// One compilation and run with `flags`. With `loadOnly`, nil when the run did not succeed
    /// or had to compute a memoized value (`Notebook`'s `NOTEBOOK_MEMO_LOAD_ONLY`).
    private func attempt(_ chapter: Chapter, program: ChapterProgram, imports: String, memoKeys: String,
                         flags: [String], loadOnly: Bool,
                         chapterFolder: URL, stage: (String) -> Void) throws -> Run? {
        let workFolder = try prepareRunFolder(in: chapterFolder, imports: imports, memoKeys: memoKeys)
        let source = workFolder.appendingPathComponent("main.swift")
        try program.source.write(to: source, atomically: true, encoding: .utf8)

        stage("compiling")
        let compileStart = DispatchTime.now()
        let executable = workFolder.appendingPathComponent("program")
        let compilerOutput = workFolder.appendingPathComponent("compiler.txt")
        let kept = keptProgram(program.source, flags: flags)
        let compiled: ChildProcess.Ending
        if let kept, link(kept.path, executable.path) == 0 {
            utimes(kept.path, nil)
            compiled = .exited(0)
        } else {
            compiled = try swiftc(flags + ["-module-name", "ChapterProgram"] + linking + [source.path, "-o", executable.path],
                                  log: compilerOutput)
            if compiled == .exited(0), let kept { keep(executable, as: kept) }
        }
        let compileSeconds = seconds(since: compileStart)
        guard compiled == .exited(0) else {
            if loadOnly { return nil }
            let text = relativePaths(read(compilerOutput), workFolder: workFolder)
            let result = ChapterResult(status: .compileFailed, cells: [], inlineValues: [], exports: [],
                                       failure: CompilerDiagnostics.failure(text, chapter: chapter))
            return Run(result: result, compileSeconds: compileSeconds, runSeconds: 0)
        }
        stage("running")
        return try execute(chapter, executable, in: workFolder, loadOnly: loadOnly, compileSeconds: compileSeconds)
    }

    /// A fresh run folder in `chapterFolder` (`freshRunFolder`) with an empty `scratch/` for
    /// the program to run in, and the files its environment names: the imported values and the
    /// memo keys.
    func prepareRunFolder(in chapterFolder: URL, imports: String, memoKeys: String) throws -> URL {
        let workFolder = try Self.freshRunFolder(in: chapterFolder)
        try FileManager.default.createDirectory(at: workFolder.appendingPathComponent("scratch"),
                                                withIntermediateDirectories: true)
        try imports.write(to: workFolder.appendingPathComponent("imports.tsv"), atomically: true, encoding: .utf8)
        try memoKeys.write(to: workFolder.appendingPathComponent("memo-keys.tsv"), atomically: true, encoding: .utf8)
        return workFolder
    }

    /// Runs `executable` in `workFolder`'s scratch folder with the chapter's time limit and
    /// collects what each cell produced (`environment`: more variables). With `loadOnly`, nil
    /// when the run did not succeed or had to compute a memoized value.
    func execute(_ chapter: Chapter, _ executable: URL, in workFolder: URL, loadOnly: Bool,
                 environment more: [String: String] = [:], compileSeconds: Double) throws -> Run? {
        let files = FileManager.default
        let runStart = DispatchTime.now()
        let channel = workFolder.appendingPathComponent("channel.jsonl")
        let stdout = workFolder.appendingPathComponent("stdout.txt")
        let stderr = workFolder.appendingPathComponent("stderr.txt")
        var environment = ProcessInfo.processInfo.environment.merging(more) { $1 }
        environment["NOTEBOOK_CHANNEL"] = channel.path
        environment["NOTEBOOK_IMPORTS"] = workFolder.appendingPathComponent("imports.tsv").path
        environment["BOOK_DATA_DIR"] = dataFolder.path
        let crashReport = workFolder.appendingPathComponent("backtrace.json")
        environment["SWIFT_BACKTRACE"] = CrashReport.backtraceSettings(writingTo: crashReport)
        environment["NOTEBOOK_MEMO_KEYS"] = workFolder.appendingPathComponent("memo-keys.tsv").path
        environment["NOTEBOOK_MEMO_STORE"] = memoStore?.path
        environment["NOTEBOOK_BOOK_ROOT"] = bookRoot.resolvingSymlinksInPath().path
        environment["NOTEBOOK_TRACE_EXCLUDE"] = untracedFolders.map(\.path).joined(separator: "\n")
        let missed = workFolder.appendingPathComponent("memo-missed")
        environment["NOTEBOOK_MEMO_LOAD_ONLY"] = loadOnly ? missed.path : nil
        let trace = workFolder.appendingPathComponent("files-read.txt")
        if let tracer {
            environment["BOOK_TRACE_FILE"] = trace.path
            let preload = [tracer.library.path] + (environment["LD_PRELOAD"].map { [$0] } ?? [])
            environment["LD_PRELOAD"] = preload.joined(separator: ":")
        }
        let process = ChildProcess(
            executable: executable, arguments: [], workingDirectory: workFolder.appendingPathComponent("scratch"),
            environment: environment, standardOutput: stdout, standardError: stderr,
            timeLimit: chapter.frontMatter.timeLimit, printLimit: printLimit, parentVariable: "NOTEBOOK_PARENT_PID"
        )
        let ending = try process.run()
        let runSeconds = seconds(since: runStart)
        if loadOnly, ending != .exited(0) || files.fileExists(atPath: missed.path) { return nil }
        let errors = RuntimeStackTrace.removed(from: relativePaths(read(stderr), workFolder: workFolder))
        let collector = OutputCollector(
            chapter: chapter,
            events: ChannelEvent.decode(files.contents(atPath: channel.path) ?? Data()),
            stdout: files.contents(atPath: stdout.path) ?? Data(),
            stderr: Data(errors.utf8),
            shownTextLimit: shownTextLimit,
            printLimit: printLimit,
            crash: CrashReport(json: files.contents(atPath: crashReport.path) ?? Data())
        )
        var result = collector.result(ending: ending)
        if loadOnly, result.status != .succeeded { return nil }
        result.filesRead = filesRead(trace: files.contents(atPath: trace.path) ?? Data())
        return Run(result: result, compileSeconds: compileSeconds, runSeconds: runSeconds)
    }

    /// Runs the compiler with `arguments` in the book's root (so that paths in its messages are
    /// relative to it), writing what it says to `log`.
    func swiftc(_ arguments: [String], log: URL) throws -> ChildProcess.Ending {
        try ChildProcess(executable: toolchain.compiler, arguments: arguments, workingDirectory: bookRoot,
                         standardOutput: log, standardError: log).run()
    }

    /// The compiler's options that make a chapter's program see the cell libraries and link them.
    var linking: [String] {
        [
            "-diagnostic-style=llvm", "-I", libraries.modulesFolder.path, "-L", libraries.productsFolder.path,
            "-lNotebook", "-lL2Lab", "-lm", "-Xlinker", "-rpath", "-Xlinker", libraries.productsFolder.path,
        ]
    }

    /// Empties `chapterFolder` and creates in it a folder `run-XXXXXX` with a name never used
    /// before in it (`mkdtemp`).
    static func freshRunFolder(in chapterFolder: URL) throws -> URL {
        let files = FileManager.default
        try? files.removeItem(at: chapterFolder)
        try files.createDirectory(at: chapterFolder, withIntermediateDirectories: true)
        var template = Array(chapterFolder.appendingPathComponent("run-XXXXXX").path.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw BookError(.io, at: SourceLocation(path: chapterFolder.path),
                            "cannot create a run folder here")
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// The files under the book's root (outside `untracedFolders`) in a trace, with their
    /// digests now, sorted by path.
    func filesRead(trace: Data) -> [FileRead] {
        let root = bookRoot.resolvingSymlinksInPath().path + "/"
        let excluded = untracedFolders.map { $0.path + "/" }
        return FileTracer.paths(inTrace: trace)
            .filter { path in path.hasPrefix(root) && !excluded.contains { path.hasPrefix($0) } }
            .map { FileRead(path: String($0.dropFirst(root.count)), digest: Self.digest(ofFile: $0)) }
            .sorted { $0.path < $1.path }
    }

    /// The SHA-256 of the file at `path`, or "missing".
    static func digest(ofFile path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "missing" }
        return SHA256.hash(data: data).hexString
    }

    func read(_ url: URL) -> String {
        String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
    }

    /// Removes absolute paths of this machine from text that reaches the site.
    private func relativePaths(_ text: String, workFolder: URL) -> String {
        text.replacingOccurrences(of: workFolder.path + "/", with: "")
            .replacingOccurrences(of: bookRoot.path + "/", with: "")
    }

    func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
