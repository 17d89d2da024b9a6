import Crypto
import Foundation

/// What decides whether a chapter must run again: its program (cells and inline values, not
/// prose, nor the lines they stand on), the libraries it links, the toolchain, the data it
/// reads, the values it imports from earlier chapters, its options, and the edition it was
/// parsed for when that edition left something out of its text (so that the student's and the
/// teacher's edition never share the result of a chapter that differs between them).
public struct CacheKey: Equatable, Sendable, CustomStringConvertible {
    /// SHA-256 of the inputs, in hexadecimal.
    public var hash: String

    /// The version of the way results are collected and stored; raising it invalidates every
    /// cache entry (do so whenever `ChapterResult` or its collection changes).
    static let engineVersion = 3

    /// What the key is a hash of; a cache entry stores them, so that an entry can be checked
    /// against its key (`ResultCache`).
    public struct Inputs: Codable, Equatable, Sendable {
        /// The program's source without its `#sourceLocation` lines.
        public var program: String
        public var libraries: String
        public var toolchain: String
        public var data: [String]
        public var imports: String
        public var timeLimit: Double
        /// The edition, nil for the teacher's (so that the teacher's keys are those of a book
        /// without editions).
        public var edition: String?
    }

    /// What this key was computed from.
    public var inputs: Inputs

    /// The key of a chapter's run.
    public init(program: ChapterProgram, librariesIdentity: String, toolchainVersion: String,
                dataManifests: [String], imports: String = "", timeLimit: Double,
                edition: Edition = .teacher) {
        self.init(Inputs(program: program.locationFreeSource, libraries: librariesIdentity,
                         toolchain: toolchainVersion, data: dataManifests, imports: imports,
                         timeLimit: timeLimit, edition: edition == .teacher ? nil : edition.rawValue))
    }

    /// The key of `inputs`.
    public init(_ inputs: Inputs) {
        var hasher = SHA256()
        var parts = [
            "engine", "\(Self.engineVersion)",
            "program", inputs.program,
            "libraries", inputs.libraries,
            "toolchain", inputs.toolchain,
            "data", inputs.data.joined(separator: "\n--\n"),
            "imports", inputs.imports,
            "time-limit", "\(inputs.timeLimit)",
        ]
        if let edition = inputs.edition { parts += ["edition", edition] }
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count)\n".utf8))
            hasher.update(data: Data(part.utf8))
        }
        hash = hasher.finalize().hexString
        self.inputs = inputs
    }

    public static func == (lhs: CacheKey, rhs: CacheKey) -> Bool { lhs.hash == rhs.hash }

    /// The first 12 hexadecimal digits, as pages show it.
    public var description: String { String(hash.prefix(12)) }

    /// The first 12 hexadecimal digits of the SHA-256 of `text` (a data manifest's digest, as
    /// a page's provenance shows it).
    static func digest(_ text: String) -> String {
        String(SHA256Digest.hex(of: text).prefix(12))
    }
}
