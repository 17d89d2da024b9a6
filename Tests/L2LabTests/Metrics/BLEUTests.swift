import XCTest
@testable import L2Lab

final class BLEUTests: XCTestCase {
    /// `bleuReference` lists references per hypothesis; one segment per hypothesis.
    private func segments(_ hypotheses: [String], _ references: [[String]]) -> [BLEUSegment] {
        zip(hypotheses, references).map { BLEUSegment(hypothesis: $0, references: $1) }
    }

    func testCorpusBLEUMatchesSacrebleu() throws {
        for reference in bleuReference {
            let result = try corpusBLEU(segments(reference.hypotheses, reference.references))
            let label = "\(reference.hypotheses)"
            XCTAssertEqual(result.score, reference.score, accuracy: 1e-9, label)
            assertClose(result.precisions, reference.precisions, label)
            XCTAssertEqual(result.brevityPenalty, reference.brevityPenalty, accuracy: 1e-9, label)
            XCTAssertEqual(result.systemLength, reference.systemLength, label)
            XCTAssertEqual(result.referenceLength, reference.referenceLength, label)
            XCTAssertEqual(result.matchCounts, reference.matchCounts, label)
            XCTAssertEqual(result.totalCounts, reference.totalCounts, label)
        }
    }

    func testSingleReferenceInitializerEqualsOneElementList() throws {
        let single = [BLEUSegment(hypothesis: "the cat sat", reference: "the cat sat down"),
                      BLEUSegment(hypothesis: "a dog ran home", reference: "the dog ran home")]
        let lists = [BLEUSegment(hypothesis: "the cat sat", references: ["the cat sat down"]),
                     BLEUSegment(hypothesis: "a dog ran home", references: ["the dog ran home"])]
        XCTAssertEqual(single, lists)
        XCTAssertEqual(try corpusBLEU(single), try corpusBLEU(lists))
    }

    func testEmptyHypothesisScoresZeroWithZeroBrevityPenalty() throws {
        let result = try corpusBLEU([BLEUSegment(hypothesis: "", reference: "a b c")])
        XCTAssertEqual(result.score, 0)
        XCTAssertEqual(result.brevityPenalty, 0)
        XCTAssertEqual(result.systemLength, 0)
        XCTAssertEqual(result.referenceLength, 3)
    }

    /// Composed é (U+00E9) and decomposed e + U+0301 are different tokens, as in sacreBLEU.
    /// python -c 'import sacrebleu; s = sacrebleu.corpus_bleu(["the caf\u00e9 is open today"],
    ///     [["the cafe\u0301 is open today"]]); print(repr(s.score), s.counts, s.totals)'
    /// gives 42.72870063962342 [4, 2, 1, 0] [5, 4, 3, 2] (sacrebleu 2.6.0).
    func testCanonicallyEquivalentTokensDoNotMatch() throws {
        let segment = BLEUSegment(hypothesis: "the caf\u{E9} is open today",
                                  reference: "the cafe\u{301} is open today")
        let result = try corpusBLEU([segment])
        XCTAssertEqual(result.score, 42.72870063962342, accuracy: 1e-9)
        XCTAssertEqual(result.matchCounts, [4, 2, 1, 0])
        XCTAssertEqual(result.totalCounts, [5, 4, 3, 2])
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try corpusBLEU([])) { error in
            XCTAssertEqual(error as? MetricError, .empty("corpusBLEU's segment list"))
        }
        let segments = [BLEUSegment(hypothesis: "a", reference: "a"),
                        BLEUSegment(hypothesis: "b", references: [])]
        XCTAssertThrowsError(try corpusBLEU(segments)) { error in
            XCTAssertEqual(error as? MetricError, .noReferences(segment: 1))
            XCTAssertEqual("\(error)",
                           "BLEU segment 1 has no reference; every segment needs at least one")
        }
    }
}
