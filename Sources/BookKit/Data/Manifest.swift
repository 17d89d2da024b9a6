/// The record of an extracted corpus: where it came from and the digest of each file.
///
/// Its text form has one fact per line, lines sorted, so that two fetches of the same corpus write
/// byte-identical manifests:
///
///     file <sha256> <size> <name>
///     package <name>
///     version <version>
///     wheel-sha256 <sha256>
public struct Manifest: Sendable, Equatable {
    /// The digest of one extracted file.
    public struct Entry: Sendable, Equatable {
        /// The file's path inside the corpus folder.
        public var name: String
        /// The file's size and SHA-256.
        public var digest: FileDigest

        /// Creates an entry for the file `name`.
        public init(name: String, digest: FileDigest) {
            self.name = name
            self.digest = digest
        }
    }

    /// The manifest's file name inside a corpus folder.
    public static let fileName = "MANIFEST"

    /// The PyPI package the files came from.
    public var package: String
    /// The package's version.
    public var version: String
    /// The SHA-256 of the wheel the files were extracted from.
    public var wheelSHA256: String
    /// The extracted files, sorted by name.
    public var entries: [Entry]

    /// Creates a manifest; `entries` are sorted by name.
    public init(package: String, version: String, wheelSHA256: String, entries: [Entry]) {
        self.package = package
        self.version = version
        self.wheelSHA256 = wheelSHA256
        self.entries = entries.sorted { $0.name < $1.name }
    }

    /// The manifest's text: sorted lines, each ending in a newline.
    public var text: String {
        let fileLines = entries.map { "file \($0.digest.sha256) \($0.digest.size) \($0.name)" }
        let lines = fileLines + ["package \(package)", "version \(version)", "wheel-sha256 \(wheelSHA256)"]
        return lines.sorted().map { $0 + "\n" }.joined()
    }

    /// Parses a manifest's text; `path` names the file in errors.
    public init(text: String, path: String) throws {
        var fields: [String: String] = [:]
        var entries: [Entry] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
            let malformed = DataError.malformedManifest(
                path: path, line: index + 1, reason: "unexpected line '\(line)'"
            )
            switch parts.first {
            case "file":
                guard parts.count == 4, let size = Int64(parts[2]) else { throw malformed }
                entries.append(Entry(name: parts[3], digest: FileDigest(size: size, sha256: parts[1])))
            case "package", "version", "wheel-sha256":
                guard parts.count == 2, fields[parts[0]] == nil else { throw malformed }
                fields[parts[0]] = parts[1]
            default:
                throw malformed
            }
        }
        guard let package = fields["package"], let version = fields["version"],
              let wheelSHA256 = fields["wheel-sha256"]
        else {
            throw DataError.malformedManifest(
                path: path, line: lines.count, reason: "package, version or wheel-sha256 is missing"
            )
        }
        self.init(package: package, version: version, wheelSHA256: wheelSHA256, entries: entries)
    }
}
