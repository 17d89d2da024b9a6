import Foundation

/// Something that puts a package's wheel into a folder; tests inject one that writes a local zip.
public protocol WheelDownloader: Sendable {
    /// Downloads the wheel of `package` at `version` into `directory` and returns its location.
    ///
    /// `directory` exists and is empty; the caller removes it afterwards.
    func downloadWheel(package: String, version: String, into directory: URL) throws -> URL
}
