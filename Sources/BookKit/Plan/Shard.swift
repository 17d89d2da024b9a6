/// One of N deterministic shares of a book's chapters (`book build --shard K/N`), so that N
/// machines can run a book's chapters and a last one can merge their stores.
///
/// The rule, applied to the chapters in reading order: a chapter that uses no other goes to the
/// share with the fewest chapters so far (the first of them on a tie); a chapter whose used
/// chapters all went to one share goes to that share too, so that it runs after them on the same
/// machine; a chapter whose used chapters went to different shares, or to none, belongs to no
/// share: it is run by the final `book build`, once the shares' stores are imported. The shares
/// depend only on the chapters' names, order and `uses:`, never on the machine.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// Which share, from 1.
    public var index: Int
    /// How many shares.
    public var count: Int

    /// The share `K/N` (1 ≤ K ≤ N).
    public init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              count >= 1, (1...count).contains(index) else {
            throw BookError(.usage, "--shard '\(text)' is not a share K/N with 1 ≤ K ≤ N",
                            hint: "write the share as K/N, for example --shard 1/3 for the first of three")
        }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// The chapters of each of `count` shares, in reading order, and the chapters of none
    /// (left to the final build).
    public static func shares(of chapters: [Chapter], count: Int) -> (shares: [[Chapter]], final: [Chapter]) {
        var shares = [[Chapter]](repeating: [], count: count)
        var final: [Chapter] = []
        var owner: [String: Int] = [:]
        for chapter in chapters {
            let owners = Set(chapter.frontMatter.uses.map { owner[$0] ?? -1 })
            let share: Int
            if owners.isEmpty {
                share = shares.indices.min { shares[$0].count < shares[$1].count }!
            } else if owners.count == 1, let only = owners.first, only >= 0 {
                share = only
            } else {
                final.append(chapter)
                continue
            }
            shares[share].append(chapter)
            owner[chapter.name] = share
        }
        return (shares, final)
    }
}

extension BookBuilder {
    /// Runs the chapters of `shard` of `book` (from the cache where possible) and keeps their
    /// results in the store; writes no site. It says which chapters are its share and which
    /// are left to the final build.
    public func execute(_ shard: Shard, of book: Book, useCache: Bool, jobs: Int) throws -> [ChapterOutcome] {
        let split = Shard.shares(of: book.chapters, count: shard.count)
        let selected = split.shares[shard.index - 1]
        let names = selected.isEmpty ? "no chapters" : selected.map(\.name).joined(separator: ", ")
        let final = split.final.isEmpty ? ""
            : "; left to the final build: " + split.final.map(\.name).joined(separator: ", ")
        progress.report("book", "shard \(shard): \(names)\(final)")
        return try execute(selected, in: book, useCache: useCache, jobs: jobs)
    }
}
