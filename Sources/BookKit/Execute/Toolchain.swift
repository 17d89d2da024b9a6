import Foundation

/// The Swift compiler that builds chapter programs, and the libraries they link.
public struct Toolchain: Sendable {
    /// The `swiftc` executable.
    public var compiler: URL
    /// The `swift` driver, which builds the runtime libraries.
    public var driver: URL
    /// The compiler's version line (`Swift version 6.3.1 (swift-6.3.1-RELEASE)`); it enters
    /// every cache key.
    public var version: String

    /// Finds the toolchain on PATH and asks the compiler its version.
    public static func locate(scratch: URL) throws -> Toolchain {
        let compiler = try ChildProcess.locate("swiftc")
        let driver = try ChildProcess.locate("swift")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // Names of this process only: `book list` asks without the build lock.
        let output = scratch.appendingPathComponent("swiftc-version.\(getpid()).txt")
        let errors = scratch.appendingPathComponent("swiftc-version.\(getpid()).err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = ChildProcess(
            executable: compiler, arguments: ["--version"], workingDirectory: scratch,
            standardOutput: output, standardError: errors
        )
        guard try process.run() == .exited(0),
              let text = try? String(contentsOf: output, encoding: .utf8)
        else {
            throw BookError(.io, "'swiftc --version' failed", hint: "check the Swift toolchain installation")
        }
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return Toolchain(compiler: compiler, driver: driver, version: line)
    }
}
