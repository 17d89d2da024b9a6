import ArgumentParser
import BookKit
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the book, serve it on 127.0.0.1, and rebuild and reload pages as sources change.",
        discussion: """
        Watches chapters/ and the Notebook and L2Lab sources. A prose edit re-renders in a \
        fraction of a second; an edited cell re-runs its chapter. Open pages reload when a \
        rebuild finishes; a rebuild that stops on an error shows it in a banner. Ctrl-C stops.
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to serve on (0: any free port).")
    var port: Int = 8000

    @Option(name: .customLong("out"),
            help: "The folder to write the site to (default: output, or student-site for the student's edition).")
    var output: String?

    @OptionGroup var running: RunOptions

    @OptionGroup var edition: EditionOption

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        try reportingErrors {
            let outputURL = URL(fileURLWithPath: edition.siteFolder(output), relativeTo: common.bookRoot)
            let folder = try OutputFolder(url: outputURL, bookRoot: common.bookRoot)
            let builder = common.builder()
            let preview = LivePreview(output: folder.url)
            let watcher = SourceWatcher(workspace: builder.workspace)
            var seen = watcher.fingerprint()
            rebuild(builder, into: folder, preview: preview)
            let actualPort = try preview.serve(port: port)
            print("Serving http://127.0.0.1:\(actualPort)/ (Ctrl-C stops)")
            fflush(nil)

            let stop = StopSignal()
            while !stop.isRaised {
                usleep(150_000)
                let now = watcher.fingerprint()
                guard now != seen else { continue }
                seen = now
                rebuild(builder, into: folder, preview: preview)
            }
            preview.stop()
            print("Stopped.")
        }
    }

    /// Builds the whole book; an error is printed and shown on the served pages instead of
    /// ending the preview.
    private func rebuild(_ builder: BookBuilder, into folder: OutputFolder, preview: LivePreview) {
        do {
            let book = printingWarnings(try Book.load(root: common.bookRoot, keepingBrokenChapters: true,
                                                      edition: edition.edition))
            let outcomes = try builder.build(book, chapters: [], output: folder, useCache: !running.noCache,
                                             jobs: running.jobs)
            _ = printFailures(outcomes)
            preview.buildFinished(error: nil)
        } catch {
            let message = "\(error)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            preview.buildFinished(error: message)
        }
    }
}
