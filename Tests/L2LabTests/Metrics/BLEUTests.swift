import XCTest
@testable import L2Lab

final class BLEUTests: XCTestCase {
    func testCorpusBLEUMatchesSacrebleu() {
        for reference in bleuReference {
            let result = corpusBLEU(hypotheses: reference.hypotheses, references: reference.references)
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

    func testSingleReferenceOverloadEqualsOneElementLists() {
        let hypotheses = ["the cat sat", "a dog ran home"]
        let references = ["the cat sat down", "the dog ran home"]
        XCTAssertEqual(corpusBLEU(hypotheses: hypotheses, references: references),
                       corpusBLEU(hypotheses: hypotheses, references: references.map { [$0] }))
    }

    func testEmptyHypothesisScoresZeroWithZeroBrevityPenalty() {
        let result = corpusBLEU(hypotheses: [""], references: ["a b c"])
        XCTAssertEqual(result.score, 0)
        XCTAssertEqual(result.brevityPenalty, 0)
        XCTAssertEqual(result.systemLength, 0)
        XCTAssertEqual(result.referenceLength, 3)
    }
}
