import ArgumentParser
import BookKit
import Foundation

struct NotebookReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook-reference",
        abstract: "Print docs/NOTEBOOK.md: every public declaration of the Notebook module, from its source.",
        discussion: "Regenerate the file with: book notebook-reference > docs/NOTEBOOK.md"
    )

    @Option(name: .customLong("package"),
            help: "The package whose Sources/Notebook to read (default: the current folder).")
    var package: String = "."

    func run() throws {
        try reportingErrors {
            let root = URL(fileURLWithPath: package).standardizedFileURL
            print(try NotebookReference.markdown(packageRoot: root), terminator: "")
        }
    }
}
