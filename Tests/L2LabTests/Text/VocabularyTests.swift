import XCTest
@testable import L2Lab

final class VocabularyTests: XCTestCase {
    private let sentences = [["the", "cat", "sat"], ["the", "dog", "sat"], ["a", "cat", "ran"], ["the"]]

    func testIdsFollowDescendingCountThenLexicographicOrder() {
        let vocabulary = Vocabulary(sentences: sentences)
        XCTAssertEqual(vocabulary.tokens, ["<unk>", "the", "cat", "sat", "a", "dog", "ran"])
        XCTAssertEqual(vocabulary.count, 7)
    }

    func testMinimumCountDropsRareTokensToUnknown() {
        let vocabulary = Vocabulary(sentences: sentences, minimumCount: 2)
        XCTAssertEqual(vocabulary.tokens, ["<unk>", "the", "cat", "sat"])
        XCTAssertEqual(vocabulary.encode(["the", "dog", "sat"]), [1, 0, 3])
        XCTAssertEqual(vocabulary.id(of: "zebra"), vocabulary.unknownID)
    }

    func testDistinctIDsAreSortedOnceEach() {
        let vocabulary = Vocabulary(sentences: sentences, minimumCount: 2)
        XCTAssertEqual(vocabulary.distinctIDs(["sat", "zebra", "the", "sat", "dog", "the"]), [0, 1, 3])
        XCTAssertEqual(vocabulary.distinctIDs([]), [])
    }

    func testBoundaryTokensComeRightAfterUnknown() {
        let vocabulary = Vocabulary(sentences: sentences, minimumCount: 2, boundaryTokens: true)
        XCTAssertEqual(vocabulary.tokens, ["<unk>", "<s>", "</s>", "the", "cat", "sat"])
        XCTAssertEqual(vocabulary.encode(["the", "cat"], addingBoundaries: true), [1, 3, 4, 2])
    }

    func testDecodeInvertsEncodeForKnownTokens() {
        let vocabulary = Vocabulary(sentences: sentences, boundaryTokens: true)
        let sentence = ["a", "dog", "sat"]
        XCTAssertEqual(vocabulary.decode(vocabulary.encode(sentence)), sentence)
        XCTAssertEqual(vocabulary.decode(vocabulary.encode(["a", "emu"], addingBoundaries: true)),
                       ["<s>", "a", "<unk>", "</s>"])
    }

    func testReservedStringsInTheCorpusDoNotGetSecondIds() {
        let vocabulary = Vocabulary(counts: ["<unk>": 9, "<s>": 5, "b": 2, "a": 2], boundaryTokens: true)
        XCTAssertEqual(vocabulary.tokens, ["<unk>", "<s>", "</s>", "a", "b"])
    }

    func testEqualCountsAreBrokenLexicographicallyWhateverTheInsertionOrder() {
        let forward = Vocabulary(counts: ["b": 1, "a": 1, "c": 1, "B": 1])
        let backward = Vocabulary(counts: ["c": 1, "B": 1, "a": 1, "b": 1])
        XCTAssertEqual(forward.tokens, ["<unk>", "B", "a", "b", "c"])
        XCTAssertEqual(forward, backward)
    }

    /// Composed and decomposed "café" get separate ids; equal counts are ordered by code
    /// points, as Python's sorted(): "cafe" < "cafe\u0301" < "caf\u00e9".
    func testCanonicallyEquivalentSpellingsGetSeparateIds() {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        let vocabulary = Vocabulary(sentences: [[composed, decomposed, "cafe"]])
        XCTAssertEqual(vocabulary.tokens.map { Array($0.unicodeScalars) },
                       ["<unk>", "cafe", decomposed, composed].map { Array($0.unicodeScalars) })
        XCTAssertEqual(vocabulary.encode([composed, decomposed]), [3, 2])
    }
}
