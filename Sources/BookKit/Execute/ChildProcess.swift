import Foundation

/// Runs a program to completion with its output in files and an optional time limit.
struct ChildProcess {
    /// How a child process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    var executable: URL
    var arguments: [String]
    var workingDirectory: URL
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var standardOutput: URL
    var standardError: URL
    var timeLimit: Double?

    /// Starts the program and waits for it; on the time limit it is killed.
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
        if let timeLimit, finished.wait(timeout: .now() + timeLimit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            return .timedOut
        } else if timeLimit == nil {
            finished.wait()
        }
        switch process.terminationReason {
        case .exit: return .exited(process.terminationStatus)
        case .uncaughtSignal: return .signalled(process.terminationStatus)
        @unknown default: return .exited(process.terminationStatus)
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
