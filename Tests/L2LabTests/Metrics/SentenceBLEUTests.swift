import XCTest
@testable import L2Lab

/// Expected values from sacrebleu 2.6.0 with its defaults ('exp' smoothing, effective order):
///     python -c 'import sacrebleu; s = sacrebleu.sentence_bleu(HYP, REFS);
///                print(repr(s.score), s.counts, s.totals, s.precisions, repr(s.bp))'
final class SentenceBLEUTests: XCTestCase {
    private let cases: [(hypothesis: String, references: [String], score: Double,
                         matchCounts: [Int], totalCounts: [Int], precisions: [Double],
                         brevityPenalty: Double)] = [
        // No match at orders 3 and 4: both 'exp'-smoothed.
        ("the cat sat on a mat", ["the cat is on the mat"], 19.304869754804482,
         [4, 1, 0, 0], [6, 5, 4, 3], [66.66666666666667, 20.0, 12.5, 8.333333333333334], 1.0),
        ("Hello, world!", ["Hello world!"], 35.35533905932737,
         [3, 1, 0, 0], [4, 3, 2, 1], [75.0, 33.333333333333336, 25.0, 25.0], 1.0),
        // Short hypotheses: effective order 2 and 1, with a brevity penalty.
        ("the cat", ["the cat sat on the mat"], 13.533528323661276,
         [2, 1, 0, 0], [2, 1, 0, 0], [100.0, 100.0, 0.0, 0.0], 0.1353352832366127),
        ("hello", ["hello world"], 36.78794411714425,
         [1, 0, 0, 0], [1, 0, 0, 0], [100.0, 0.0, 0.0, 0.0], 0.36787944117144233),
        // Several references: clipped by the maximum count, closest reference length.
        ("the quick brown fox jumps",
         ["a quick brown fox leaps", "the fast brown fox jumps over", "quick fox"],
         59.460355750136046, [5, 3, 2, 0], [5, 4, 3, 2],
         [100.0, 75.0, 66.66666666666667, 25.0], 1.0),
        ("xyz", ["abc"], 0.0, [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], 1.0),
        ("", ["a b"], 0.0, [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], 0.0),
        ("the caf\u{E9} is open today", ["the cafe\u{301} is open today"], 42.72870063962342,
         [4, 2, 1, 0], [5, 4, 3, 2], [80.0, 50.0, 33.333333333333336, 25.0], 1.0),
        ("the cat sat on the mat", ["the cat sat on the mat"], 100.00000000000004,
         [6, 5, 4, 3], [6, 5, 4, 3], [100.0, 100.0, 100.0, 100.0], 1.0),
    ]

    func testSentenceBLEUMatchesSacrebleu() throws {
        for expected in cases {
            let result = try sentenceBLEU(hypothesis: expected.hypothesis,
                                          references: expected.references)
            let label = expected.hypothesis
            XCTAssertEqual(result.score, expected.score, accuracy: 1e-9, label)
            XCTAssertEqual(result.matchCounts, expected.matchCounts, label)
            XCTAssertEqual(result.totalCounts, expected.totalCounts, label)
            assertClose(result.precisions, expected.precisions, label)
            XCTAssertEqual(result.brevityPenalty, expected.brevityPenalty, accuracy: 1e-12, label)
        }
    }

    func testEffectiveOrderDiffersFromCorpusBLEUOnAShortHypothesis() throws {
        let sentence = try sentenceBLEU(hypothesis: "the cat", references: ["the cat sat"])
        let corpus = try corpusBLEU([BLEUSegment(hypothesis: "the cat", reference: "the cat sat")])
        XCTAssertEqual(corpus.score, 0)
        XCTAssertGreaterThan(sentence.score, 0)
    }

    func testNoReferenceThrows() {
        XCTAssertThrowsError(try sentenceBLEU(hypothesis: "a", references: [])) { error in
            XCTAssertEqual(error as? MetricError, .noReferences(segment: 0))
        }
    }
}
