import Crypto
import Foundation

/// Compiles a chapter's program with `swiftc -O`, runs it in a scratch folder with the
/// chapter's time limit, and collects what each cell produced. When the store holds a value for
/// every `memo` call site of the program, it first tries the program unoptimized, loading
/// values only (see `loadOnlyFlags`).
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
    /// with the prefixes of split programs (`ProgramSplit`) (nil: always compiled).
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
            let attempt = try attempt(chapter, program: program, imports: imports, memoKeys: memoKeys,
                                      flags: Self.loadOnlyFlags, loadOnly: true, chapterFolder: chapterFolder,
                                      stage: { stage($0 + ", unoptimized: every memo is stored") })
            if let attempt { return attempt }
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
        let files = FileManager.default
        let workFolder = try Self.freshRunFolder(in: chapterFolder)
        let scratch = workFolder.appendingPathComponent("scratch")
        try files.createDirectory(at: scratch, withIntermediateDirectories: true)
        let importsFile = workFolder.appendingPathComponent("imports.tsv")
        try imports.write(to: importsFile, atomically: true, encoding: .utf8)
        let source = workFolder.appendingPathComponent("main.swift")
        try program.source.write(to: source, atomically: true, encoding: .utf8)

        let kept = keptProgram(program.source, flags: flags)
        let reused = kept.map { FileManager.default.fileExists(atPath: $0.path) } ?? false
        let split = loadOnly && !reused ? ProgramSplit(chapter: chapter) : nil
        stage(split.map { split in
            let cells = chapter.runnableCells
            return split.cut < cells.count ? "compiling the cells from line \(cells[split.cut].firstCodeLine) on"
                : "compiling the inline values"
        } ?? "compiling")
        let compileStart = DispatchTime.now()
        let executable = workFolder.appendingPathComponent("program")
        let compilerOutput = workFolder.appendingPathComponent("compiler.txt")
        let compiled: ChildProcess.Ending
        if let kept, link(kept.path, executable.path) == 0 {
            utimes(kept.path, nil)
            compiled = .exited(0)
        } else {
            if let split, try compileSplit(split, flags: flags, into: executable, workFolder: workFolder) {
                compiled = .exited(0)
            } else {
                compiled = try ChildProcess(
                    executable: toolchain.compiler,
                    arguments: flags + ["-module-name", "ChapterProgram"] + linking
                        + [source.path, "-o", executable.path],
                    workingDirectory: bookRoot, standardOutput: compilerOutput, standardError: compilerOutput
                ).run()
            }
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
        let runStart = DispatchTime.now()
        let channel = workFolder.appendingPathComponent("channel.jsonl")
        let stdout = workFolder.appendingPathComponent("stdout.txt")
        let stderr = workFolder.appendingPathComponent("stderr.txt")
        var environment = ProcessInfo.processInfo.environment
        environment["NOTEBOOK_CHANNEL"] = channel.path
        environment["NOTEBOOK_IMPORTS"] = importsFile.path
        environment["BOOK_DATA_DIR"] = dataFolder.path
        let crashReport = workFolder.appendingPathComponent("backtrace.json")
        environment["SWIFT_BACKTRACE"] = CrashReport.backtraceSettings(writingTo: crashReport)
        let memoKeysFile = workFolder.appendingPathComponent("memo-keys.tsv")
        try memoKeys.write(to: memoKeysFile, atomically: true, encoding: .utf8)
        environment["NOTEBOOK_MEMO_KEYS"] = memoKeysFile.path
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
            executable: executable, arguments: [], workingDirectory: scratch, environment: environment,
            standardOutput: stdout, standardError: stderr, timeLimit: chapter.frontMatter.timeLimit,
            printLimit: printLimit, parentVariable: "NOTEBOOK_PARENT_PID"
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
        return Run(
            result: result,
            compileSeconds: compileSeconds,
            runSeconds: runSeconds
        )
    }

    /// The compiler's options that make a chapter's program see the cell libraries and link them.
    private var linking: [String] {
        [
            "-diagnostic-style=llvm", "-I", libraries.modulesFolder.path, "-L", libraries.productsFolder.path,
            "-lNotebook", "-lL2Lab", "-lm", "-Xlinker", "-rpath", "-Xlinker", libraries.productsFolder.path,
        ]
    }

    /// Compiles `split` into `executable`: its prefix from the program cache, or compiled
    /// (`-enable-testing`, its top-level code renamed to `ProgramSplit.entryPoint`) and kept there,
    /// then its suffix with the prefix's object file. False when either half does not compile:
    /// the caller compiles the whole program, which reports the errors.
    private func compileSplit(_ split: ProgramSplit, flags: [String], into executable: URL,
                              workFolder: URL) throws -> Bool {
        let folder = workFolder.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let module = folder.appendingPathComponent(ProgramSplit.prefixModule + ".swiftmodule")
        let object = folder.appendingPathComponent("prefix.o")
        let prefixFlags = flags + ["split 1"]
        let keptModule = keptProgram(split.prefix, flags: prefixFlags, suffix: "swiftmodule")
        let keptObject = keptProgram(split.prefix, flags: prefixFlags, suffix: "o")
        if let keptModule, let keptObject, link(keptModule.path, module.path) == 0,
           link(keptObject.path, object.path) == 0 {
            utimes(keptModule.path, nil)
            utimes(keptObject.path, nil)
        } else {
            try? FileManager.default.removeItem(at: module)
            let source = folder.appendingPathComponent("main.swift")
            try split.prefix.write(to: source, atomically: true, encoding: .utf8)
            let prefix = try ChildProcess(
                executable: toolchain.compiler,
                arguments: flags + [
                    "-wmo", "-c", "-module-name", ProgramSplit.prefixModule, "-enable-testing",
                    "-Xfrontend", "-entry-point-function-name", "-Xfrontend", ProgramSplit.entryPoint,
                    "-emit-module", "-emit-module-path", module.path,
                    "-diagnostic-style=llvm", "-I", libraries.modulesFolder.path, source.path, "-o", object.path,
                ],
                workingDirectory: bookRoot, standardOutput: folder.appendingPathComponent("compiler.txt"),
                standardError: folder.appendingPathComponent("compiler.txt")
            ).run()
            guard prefix == .exited(0) else { return false }
            if let keptModule, let keptObject {
                keep(module, as: keptModule)
                keep(object, as: keptObject)
            }
        }
        let source = workFolder.appendingPathComponent("suffix.swift")
        try split.suffix.write(to: source, atomically: true, encoding: .utf8)
        let suffix = try ChildProcess(
            executable: toolchain.compiler,
            arguments: flags + ["-module-name", "ChapterSuffix", "-I", folder.path] + linking
                + [source.path, object.path, "-o", executable.path],
            workingDirectory: bookRoot, standardOutput: workFolder.appendingPathComponent("suffix-compiler.txt"),
            standardError: workFolder.appendingPathComponent("suffix-compiler.txt")
        ).run()
        return suffix == .exited(0)
    }

    /// Puts `file` into the program cache as `kept` (a hard link, made under a temporary name
    /// and renamed, so that a reader never sees half a file).
    private func keep(_ file: URL, as kept: URL) {
        let folder = kept.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(kept.lastPathComponent).\(getpid()).partial")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if link(file.path, partial.path) != 0 || rename(partial.path, kept.path) != 0 {
            unlink(partial.path)
        }
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

    private func read(_ url: URL) -> String {
        String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
    }

    /// Removes absolute paths of this machine from text that reaches the site.
    private func relativePaths(_ text: String, workFolder: URL) -> String {
        text.replacingOccurrences(of: workFolder.path + "/", with: "")
            .replacingOccurrences(of: bookRoot.path + "/", with: "")
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
