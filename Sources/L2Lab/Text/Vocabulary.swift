/// A mapping between tokens and integer ids, built from token counts.
///
/// Ids are assigned deterministically: `<unk>` is 0; with boundary tokens `<s>` is 1 and
/// `</s>` is 2; then every token seen at least `minimumCount` times, by descending count and,
/// among equal counts, in ascending order of Unicode scalar values (``TokenKey``'s order, the
/// UTF-8 byte order; for ASCII the same as `String`'s). The reserved strings are never counted.
/// Tokens are compared by Unicode scalars, as in Python: composed and decomposed `é` are two
/// tokens, unlike Swift's `String` equality.
public struct Vocabulary: Equatable, Sendable {
    /// The unknown token, standing for every token not in the vocabulary.
    public static let unknownToken = "<unk>"
    /// The start-of-sentence boundary token.
    public static let startToken = "<s>"
    /// The end-of-sentence boundary token.
    public static let endToken = "</s>"

    /// The tokens in id order: `tokens[id]` is the token with that id.
    public let tokens: [String]
    /// Whether `<s>` and `</s>` have ids (1 and 2).
    public let hasBoundaryTokens: Bool
    private let idsByToken: [TokenKey: Int]

    /// Builds a vocabulary from token counts, keeping tokens counted at least `minimumCount` times.
    ///
    /// The counts are keyed by ``TokenKey`` so that differently encoded tokens stay apart.
    public init(counts: [TokenKey: Int], minimumCount: Int = 1, boundaryTokens: Bool = false) {
        let reserved: [TokenKey] = boundaryTokens
            ? [TokenKey(Vocabulary.unknownToken), TokenKey(Vocabulary.startToken),
               TokenKey(Vocabulary.endToken)]
            : [TokenKey(Vocabulary.unknownToken)]
        let kept = counts
            .filter { $0.value >= minimumCount && !reserved.contains($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        tokens = (reserved + kept.map(\.key)).map(\.text)
        hasBoundaryTokens = boundaryTokens
        var ids: [TokenKey: Int] = [:]
        for (id, token) in tokens.enumerated() {
            ids[TokenKey(token)] = id
        }
        idsByToken = ids
    }

    /// Builds a vocabulary from tokenized sentences, counting every token occurrence.
    public init(sentences: [[String]], minimumCount: Int = 1, boundaryTokens: Bool = false) {
        var counts: [TokenKey: Int] = [:]
        for sentence in sentences {
            for token in sentence {
                counts[TokenKey(token), default: 0] += 1
            }
        }
        self.init(counts: counts, minimumCount: minimumCount, boundaryTokens: boundaryTokens)
    }

    /// The number of ids, reserved tokens included.
    public var count: Int { tokens.count }

    /// The id of `<unk>`, always 0.
    public var unknownID: Int { 0 }

    /// The id of `token`, or ``unknownID`` when it is not in the vocabulary.
    public func id(of token: String) -> Int {
        idsByToken[TokenKey(token)] ?? unknownID
    }

    /// The token with id `id`; `id` must be in `0..<count`.
    public func token(for id: Int) -> String {
        precondition(tokens.indices.contains(id), "id \(id) is outside the vocabulary")
        return tokens[id]
    }

    /// The ids of `sentence`, wrapped in `<s>` … `</s>` when `addingBoundaries` (which needs
    /// a vocabulary built with `boundaryTokens`).
    public func encode(_ sentence: [String], addingBoundaries: Bool = false) -> [Int] {
        let ids = sentence.map(id(of:))
        guard addingBoundaries else { return ids }
        precondition(hasBoundaryTokens, "this vocabulary has no boundary tokens")
        return [id(of: Vocabulary.startToken)] + ids + [id(of: Vocabulary.endToken)]
    }

    /// The ids of the distinct tokens of `sentence`, in increasing order (unknown tokens give
    /// `unknownID` once): the columns of the sentence's bag-of-words row.
    public func distinctIDs(_ sentence: [String]) -> [Int] {
        Set(encode(sentence)).sorted()
    }

    /// The tokens of `ids`; unknown tokens come back as `<unk>`, boundary tokens are kept.
    public func decode(_ ids: [Int]) -> [String] {
        ids.map(token(for:))
    }
}
