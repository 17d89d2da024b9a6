import Foundation
import Synchronization

/// A load-only run of a program cut in two (`ProgramSplit`): the prefix, linked with the
/// launcher, comes from the program cache (or is compiled and kept there), and starts at once;
/// the suffix compiles into a shared library meanwhile, which the launcher loads when the prefix
/// is done.
extension ChapterRunner {
    /// How a run of a cut program ended.
    enum SplitAttempt {
        case ran(Run)
        /// A half did not compile: the whole program may still (the split has limits).
        case notCompiled
        /// Both halves compiled, and the run did not succeed or had to compute a value: the
        /// whole unoptimized program would do the same.
        case notRun
    }

    /// The linker's option that exports a program's symbols to the libraries it loads.
    #if os(macOS)
    static let exportDynamic = "-export_dynamic"
    #else
    static let exportDynamic = "--export-dynamic"
    #endif

    /// The flags of the cut program's parts, beyond `loadOnlyFlags`; part of their keys.
    static let splitFlags = ["split 2"]

    /// Compiles (or finds) the prefix of `split` with its launcher, starts it, and compiles the
    /// suffix meanwhile; the run, only loading memoized values, in a fresh folder of
    /// `chapterFolder`.
    func attempt(_ chapter: Chapter, split: ProgramSplit, imports: String, memoKeys: String,
                 chapterFolder: URL, stage: (String) -> Void) throws -> SplitAttempt {
        let workFolder = try prepareRunFolder(in: chapterFolder, imports: imports, memoKeys: memoKeys)
        let flags = Self.loadOnlyFlags
        let compileStart = DispatchTime.now()
        guard let launcher = try launcher(for: split, in: workFolder, stage: stage) else { return .notCompiled }
        let cells = chapter.runnableCells
        let from = split.cut < cells.count ? "the cells from line \(cells[split.cut].firstCodeLine) on"
            : "the inline values"
        stage("compiling \(from) while the cells before them run")

        let library = workFolder.appendingPathComponent("libChapterSuffix.so")
        let status = workFolder.appendingPathComponent("suffix-status")
        // Compiled against the prefix's module: kept by both texts, since the same suffix
        // against another prefix (a constant of another type) would read the wrong memory.
        let kept = keptProgram(split.prefix + "\n\u{0}\n" + split.suffix, flags: flags + Self.splitFlags, suffix: "so")
        let prefixSeconds = seconds(since: compileStart)
        let compiled = Mutex<(succeeded: Bool, seconds: Double)>((false, 0))
        let group = DispatchGroup()
        // The compiler writes into `workFolder`: never leave while it runs, even on a throw.
        defer { group.wait() }
        DispatchQueue.global().async(group: group) {
            let suffixStart = DispatchTime.now()
            let ok = (try? self.compileSuffix(split, into: library, kept: kept, workFolder: workFolder)) ?? false
            let seconds = self.seconds(since: suffixStart)
            let partial = workFolder.appendingPathComponent(".suffix-status")
            try? Data((ok ? "compiled" : "failed").utf8).write(to: partial)
            rename(partial.path, status.path)
            compiled.withLock { $0 = (ok, seconds) }
        }
        let run = try execute(chapter, launcher, in: workFolder, loadOnly: true,
                              environment: ["NOTEBOOK_SUFFIX": library.path, "NOTEBOOK_SUFFIX_STATUS": status.path],
                              compileSeconds: 0)
        group.wait()
        let (suffixCompiled, suffixSeconds) = compiled.withLock { $0 }
        guard suffixCompiled else { return .notCompiled }
        guard var run else { return .notRun }
        run.compileSeconds = prefixSeconds + suffixSeconds
        return .ran(run)
    }

    /// The prefix of `split` linked with `ProgramSplit.launcher`: from the program cache, or
    /// compiled (`-enable-testing`, its top-level code renamed to `ProgramSplit.entryPoint`,
    /// exporting its symbols for the suffix) and kept there with the prefix's module, which is
    /// put in `workFolder/prefix/` for the suffix to import. Nil when it does not compile.
    private func launcher(for split: ProgramSplit, in workFolder: URL, stage: (String) -> Void) throws -> URL? {
        let folder = workFolder.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let module = folder.appendingPathComponent(ProgramSplit.prefixModule + ".swiftmodule")
        let launcher = workFolder.appendingPathComponent("launcher")
        let flags = Self.loadOnlyFlags + Self.splitFlags
        let keptModule = keptProgram(split.prefix, flags: flags, suffix: "swiftmodule")
        let keptLauncher = keptProgram(split.prefix, flags: flags, suffix: "program")
        if let keptModule, let keptLauncher, link(keptModule.path, module.path) == 0,
           link(keptLauncher.path, launcher.path) == 0 {
            utimes(keptModule.path, nil)
            utimes(keptLauncher.path, nil)
            return launcher
        }
        stage("compiling the cells before the last memo's")
        for file in [module, launcher] { try? FileManager.default.removeItem(at: file) }
        let source = folder.appendingPathComponent("main.swift")
        try split.prefix.write(to: source, atomically: true, encoding: .utf8)
        let object = folder.appendingPathComponent("prefix.o")
        let output = folder.appendingPathComponent("compiler.txt")
        guard try swiftc(Self.loadOnlyFlags + [
            "-wmo", "-c", "-module-name", ProgramSplit.prefixModule, "-enable-testing",
            "-Xfrontend", "-entry-point-function-name", "-Xfrontend", ProgramSplit.entryPoint,
            "-emit-module", "-emit-module-path", module.path,
            "-diagnostic-style=llvm", "-I", libraries.modulesFolder.path, source.path, "-o", object.path,
        ], log: output) == .exited(0) else { return nil }
        let launcherSource = workFolder.appendingPathComponent("launcher.swift")
        try ProgramSplit.launcher.write(to: launcherSource, atomically: true, encoding: .utf8)
        guard try swiftc(Self.loadOnlyFlags + ["-module-name", "ChapterLauncher"] + linking
                         + ["-Xlinker", Self.exportDynamic, launcherSource.path, object.path, "-o", launcher.path],
                         log: output) == .exited(0) else { return nil }
        if let keptModule, let keptLauncher {
            keep(module, as: keptModule)
            keep(launcher, as: keptLauncher)
        }
        return launcher
    }

    /// Compiles the suffix of `split` into the shared library `library` (its top-level code
    /// renamed to `ProgramSplit.suffixEntryPoint`), or links the one kept as `kept`.
    private func compileSuffix(_ split: ProgramSplit, into library: URL, kept: URL?, workFolder: URL) throws -> Bool {
        if let kept, link(kept.path, library.path) == 0 {
            utimes(kept.path, nil)
            return true
        }
        let folder = workFolder.appendingPathComponent("suffix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("main.swift")
        try split.suffix.write(to: source, atomically: true, encoding: .utf8)
        let object = folder.appendingPathComponent("suffix.o")
        let output = folder.appendingPathComponent("compiler.txt")
        guard try swiftc(Self.loadOnlyFlags + [
            "-c", "-module-name", "ChapterSuffix",
            "-Xfrontend", "-entry-point-function-name", "-Xfrontend", ProgramSplit.suffixEntryPoint,
            "-diagnostic-style=llvm", "-I", libraries.modulesFolder.path,
            "-I", workFolder.appendingPathComponent("prefix").path, source.path, "-o", object.path,
        ], log: output) == .exited(0),
            try swiftc(Self.loadOnlyFlags + ["-emit-library"] + linking + [object.path, "-o", library.path],
                       log: output) == .exited(0)
        else { return false }
        if let kept { keep(library, as: kept) }
        return true
    }

    /// Puts `file` into the program cache as `kept` (a hard link, made under a temporary name
    /// and renamed, so that a reader never sees half a file).
    func keep(_ file: URL, as kept: URL) {
        let folder = kept.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(kept.lastPathComponent).\(getpid()).partial")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if link(file.path, partial.path) != 0 || rename(partial.path, kept.path) != 0 {
            unlink(partial.path)
        }
    }
}
