import Crypto
import Foundation

/// What decides whether a chapter must run again: its program (cells and inline values, not
/// prose, nor the lines they stand on), the libraries it links, the toolchain, the data it
/// reads, the values it imports from earlier chapters, and its options.
public struct CacheKey: Equatable, Sendable, CustomStringConvertible {
    /// SHA-256 of the inputs, in hexadecimal.
    public var hash: String

    /// The version of the way results are collected and stored; raising it invalidates every
    /// cache entry (do so whenever `ChapterResult` or its collection changes).
    static let engineVersion = 2

    /// The key of a chapter's run.
    public init(program: ChapterProgram, librariesIdentity: String, toolchainVersion: String,
                dataManifests: [String], imports: String = "", timeLimit: Double) {
        var hasher = SHA256()
        let parts = [
            "engine", "\(Self.engineVersion)",
            "program", program.locationFreeSource,
            "libraries", librariesIdentity,
            "toolchain", toolchainVersion,
            "data", dataManifests.joined(separator: "\n--\n"),
            "imports", imports,
            "time-limit", "\(timeLimit)",
        ]
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count)\n".utf8))
            hasher.update(data: Data(part.utf8))
        }
        hash = hasher.finalize().hexString
    }

    /// The first 12 hexadecimal digits, as pages show it.
    public var description: String { String(hash.prefix(12)) }
}

enum SHA256Digest {
    /// The SHA-256 of `text`'s UTF-8 bytes, in hexadecimal.
    static func hex(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }
}
