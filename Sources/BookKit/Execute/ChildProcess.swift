import CBookSpawn
import Foundation

/// Runs a program to completion with its output in files, an optional time limit and an
/// optional limit on the size of that output.
///
/// The program runs under a keeper (`book_spawn` in CBookSpawn): in its own process group,
/// and ended with every process it started when `book` dies, however it dies (on Linux the
/// kernel signals the keeper), when it is stopped here, or when it ends.
struct ChildProcess {
    /// How a child process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// Its standard output and error together grew past `printLimit`.
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
    var printLimit: Int?
    /// An environment variable that the program receives set to its parent's process id (the
    /// keeper's), for a watch of its own.
    var parentVariable: String?

    /// Starts the program and waits for it; past the time limit or the output limit it is
    /// killed (the output's size is looked at every 0.01 s, so it may overshoot a little).
    /// Throws `Interruption.Stopped` if `book` is being interrupted.
    func run() throws -> Ending {
        for file in [standardOutput, standardError]
        where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw BookError(.io, at: SourceLocation(path: file.lastPathComponent), "cannot create this file")
        }
        let output = try FileHandle(forWritingTo: standardOutput)
        let errors = standardError == standardOutput ? output : try FileHandle(forWritingTo: standardError)
        defer {
            try? output.close()
            try? errors.close()
        }
        let keeper = try Interruption.starting {
            try spawn(output: output.fileDescriptor, errors: errors.fileDescriptor)
        }
        defer { Interruption.ended(keeper) }
        let deadline = timeLimit.map { DispatchTime.now() + $0 }
        var status: Int32 = 0
        while true {
            let reaped = waitpid(keeper, &status, WNOHANG)
            if reaped == keeper { break }
            if reaped < 0 && errno != EINTR {
                throw BookError(.io, "lost track of \(executable.lastPathComponent) (waitpid failed)")
            }
            let ending: Ending
            if let deadline, DispatchTime.now() >= deadline {
                ending = .timedOut
            } else if let printLimit, writtenBytes() > printLimit {
                ending = .printedTooMuch
            } else {
                usleep(10_000)
                continue
            }
            kill(keeper, SIGTERM)
            while waitpid(keeper, &status, 0) < 0 && errno == EINTR {}
            if Interruption.isInterrupted { throw Interruption.Stopped() }
            return ending
        }
        if Interruption.isInterrupted { throw Interruption.Stopped() }
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(status & 0x7f)
    }

    /// Starts the keeper and the program; returns the keeper's id.
    private func spawn(output: Int32, errors: Int32) throws -> pid_t {
        var variables = environment
        if let parentVariable { variables[parentVariable] = String(repeating: "0", count: 12) }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var keeper: pid_t = 0
        let error = book_spawn(executable.path, argv, envp, workingDirectory.path, -1, output, errors,
                               parentVariable, &keeper)
        guard error == 0 else {
            let reason = String(cString: strerror(error))
            throw BookError(.io, "cannot start \(executable.lastPathComponent): \(reason)")
        }
        return keeper
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
