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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--disable-pip-version-check", "--quiet", requirement, "-d", directory.path,
        ]
        let errorPipe = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DataError.pipFailed(package: requirement, status: -1, stderr: "\(error)")
        }
        // Only stderr is piped, so reading it to the end before waiting cannot deadlock.
        let errorOutput = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DataError.pipFailed(
                package: requirement,
                status: process.terminationStatus,
                stderr: String(decoding: errorOutput, as: UTF8.self)
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
