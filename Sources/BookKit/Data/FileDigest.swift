import Crypto
import Foundation

/// The size and SHA-256 of a file's contents.
public struct FileDigest: Sendable, Equatable {
    /// The file's size in bytes.
    public var size: Int64
    /// The SHA-256 of the contents, as 64 lowercase hexadecimal digits.
    public var sha256: String

    /// Creates a digest from known values.
    public init(size: Int64, sha256: String) {
        self.size = size
        self.sha256 = sha256
    }

    /// Reads the file at `url` in chunks of 1 MiB and hashes it.
    public init(contentsOf url: URL) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw DataError.missingFile(path: url.path)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                size += Int64(chunk.count)
            }
        } catch {
            throw DataError.fileSystem(path: url.path, reason: "cannot read file: \(error)")
        }
        self.size = size
        self.sha256 = hasher.finalize().map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
