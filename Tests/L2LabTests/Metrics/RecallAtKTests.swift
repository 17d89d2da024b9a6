import XCTest
@testable import L2Lab

final class RecallAtKTests: XCTestCase {
    func testRecallAtKMatchesDefinition() {
        for reference in recallAtKReference {
            let ranks = zip(reference.scores, reference.trueIndices).map { scores, trueIndex in
                pessimisticRank(of: trueIndex, scores: scores)
            }
            XCTAssertEqual(ranks, reference.ranks, "\(reference.scores)")
            let recall = recallAtK(reference.k, scores: reference.scores, trueIndices: reference.trueIndices)
            XCTAssertEqual(recall, reference.recall, accuracy: 1e-9, "\(reference.scores)")
        }
    }

    func testTiesCountAgainstTheModel() {
        XCTAssertEqual(pessimisticRank(of: 0, scores: [1, 1, 1]), 3)
        XCTAssertEqual(recallAtK(1, scores: [[0.5, 0.5]], trueIndices: [1]), 0)
        XCTAssertEqual(recallAtK(2, scores: [[0.5, 0.5]], trueIndices: [1]), 1)
    }
}
