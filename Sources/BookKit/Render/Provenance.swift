/// Where a chapter's numbers came from, shown at the foot of its page.
public struct Provenance: Equatable, Sendable {
    public var toolchain: String
    public var cacheKey: CacheKey
    /// Corpus name and the first digits of its manifest's hash, sorted by name.
    public var data: [(name: String, digest: String)]

    public static func == (lhs: Provenance, rhs: Provenance) -> Bool {
        lhs.toolchain == rhs.toolchain && lhs.cacheKey == rhs.cacheKey
            && lhs.data.map(\.name) == rhs.data.map(\.name)
            && lhs.data.map(\.digest) == rhs.data.map(\.digest)
    }
}
