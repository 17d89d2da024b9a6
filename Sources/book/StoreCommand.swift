import ArgumentParser
import BookKit
import Foundation

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Move chapter results and memoized values between machines.",
        subcommands: [Export.self, Import.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the store's results and memoized values to a portable archive (ZIP)."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "The archive to write (relative to the current folder).")
        var file: String

        func run() throws {
            try reportingErrors {
                let store = ResultStore(cacheFolder: common.builder().workspace.cacheFolder)
                let written = try StoreArchive.export(store, to: URL(fileURLWithPath: file), shownAs: file)
                Progress(quiet: common.quiet).report("store", "wrote \(written.entries) entries "
                    + "(\(ResultStore.text(bytes: written.bytes))) to \(file)")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify archives made by 'book store export' and add their entries to the store."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "The archives to import; if one fails verification, nothing is imported.")
        var files: [String]

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one archive to import") }
        }

        func run() throws {
            try reportingErrors {
                let store = ResultStore(cacheFolder: common.builder().workspace.cacheFolder)
                let archives = files.map { (url: URL(fileURLWithPath: $0), name: $0) }
                let counts = try StoreArchive.importArchives(archives, into: store)
                Progress(quiet: common.quiet).report("store", "imported \(counts.added) entries "
                    + "(\(counts.present) already present) from \(files.count) archives")
            }
        }
    }
}
