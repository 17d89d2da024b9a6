import Foundation

/// Runs a program to completion with its output in files, an optional time limit and an
/// optional limit on the size of that output.
struct ChildProcess {
    /// How a child process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// Its standard output and error together grew past `outputLimit`.
        case printedTooMuch
    }

    var executable: URL
    var arguments: [String]
    var workingDirectory: URL
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var standardOutput: URL
    var standardError: URL
    var timeLimit: Double?
    /// The most bytes the program may write to its standard output and error together.
    var outputLimit: Int?

    /// Starts the program and waits for it; past the time limit or the output limit it is
    /// killed (the output's size is looked at every 0.1 s, so it may overshoot a little).
    func run() throws -> Ending {
        for file in [standardOutput, standardError]
        where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw BookError(.io, at: SourceLocation(path: file.lastPathComponent), "cannot create this file")
        }
        let output = try FileHandle(forWritingTo: standardOutput)
        let errors = try FileHandle(forWritingTo: standardError)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw BookError(
                .io,
                "cannot start \(executable.lastPathComponent): \(error.localizedDescription)"
            )
        }
        let deadline = timeLimit.map { DispatchTime.now() + $0 }
        while finished.wait(timeout: .now() + 0.1) == .timedOut {
            let ending: Ending
            if let deadline, DispatchTime.now() >= deadline {
                ending = .timedOut
            } else if let outputLimit, writtenBytes() > outputLimit {
                ending = .printedTooMuch
            } else {
                continue
            }
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            return ending
        }
        switch process.terminationReason {
        case .exit: return .exited(process.terminationStatus)
        case .uncaughtSignal: return .signalled(process.terminationStatus)
        @unknown default: return .exited(process.terminationStatus)
        }
    }

    /// The size of the standard output and error files so far.
    private func writtenBytes() -> Int {
        [standardOutput, standardError].reduce(0) { total, file in
            let size = try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
            return total + (size ?? 0)
        }
    }

    /// The absolute path of `command` found on PATH.
    static func locate(_ command: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(command)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw BookError(.io, "cannot find '\(command)' on PATH", hint: "install the Swift toolchain")
    }
}
