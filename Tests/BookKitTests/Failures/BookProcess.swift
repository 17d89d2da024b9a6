import Foundation
import XCTest

/// The `book` command line, built next to the tests, run as a child process so that tests see
/// what a user sees: the exit code, the messages on standard error, and signals.
struct BookProcess {
    /// A finished run.
    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var errors: String
    }

    /// The book's root, the working folder of the command.
    var root: URL
    /// Extra environment variables.
    var environment: [String: String] = [:]
    /// Runs the command as this program with these arguments first (`setpriv ...`, `bash -c`).
    var wrapper: [String] = []
    /// The package that provides the cell libraries (`--package`); nil for none (`book init`).
    var package: URL? = packageRoot

    /// The built `book` executable: next to the test bundle, as `swift build` lays them out.
    static var executable: URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let sibling = folder.appendingPathComponent("book")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return packageRoot.appendingPathComponent(".build/debug/book")
    }

    /// Starts `book arguments...` with `--package` set to `package` (if any); standard error
    /// goes to `errorsFile`.
    func start(_ arguments: [String], errorsFile: URL) throws -> Process {
        let process = Process()
        let command = [Self.executable.path] + arguments + (package.map { ["--package", $0.path] } ?? [])
        process.executableURL = URL(fileURLWithPath: wrapper.first ?? command[0])
        process.arguments = Array((wrapper + command).dropFirst())
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorsFile)
        try process.run()
        return process
    }

    /// Runs `book arguments...` to its end.
    func run(_ arguments: [String]) throws -> Outcome {
        let errorsFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("book-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let process = try start(arguments, errorsFile: errorsFile)
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, reason: process.terminationReason,
                       errors: (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? "")
    }

    /// Waits until `file` contains `text`: a condition, not a guess at a duration.
    static func waitUntil(_ file: URL, contains text: String, timeout: Double = 120) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let contents = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if contents.contains(text) { return }
            usleep(20_000)
        }
        throw TimedOut(waitingFor: text)
    }

    /// The text a test waited for never came.
    struct TimedOut: Error {
        var waitingFor: String
    }
}

/// What a crash of the `book` process itself would print: none of it may reach a user.
let crashMarkers = ["Stack dump", "Current stack trace", "Fatal error", "Segmentation fault", "0x0000"]

/// The files of a folder, by name (hidden ones included).
func folderBytes(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
}
