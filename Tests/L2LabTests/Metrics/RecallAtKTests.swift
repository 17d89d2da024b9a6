import XCTest
@testable import L2Lab

final class RecallAtKTests: XCTestCase {
    func testRecallAtKMatchesDefinition() throws {
        for reference in recallAtKReference {
            let ranks = try zip(reference.scores, reference.trueIndices).map { scores, trueIndex in
                try pessimisticRank(of: trueIndex, scores: scores)
            }
            XCTAssertEqual(ranks, reference.ranks, "\(reference.scores)")
            let recall = try recallAtK(reference.k, scores: reference.scores,
                                       trueIndices: reference.trueIndices)
            XCTAssertEqual(recall, reference.recall, accuracy: 1e-9, "\(reference.scores)")
        }
    }

    func testTiesCountAgainstTheModel() throws {
        XCTAssertEqual(try pessimisticRank(of: 0, scores: [1, 1, 1]), 3)
        XCTAssertEqual(try recallAtK(1, scores: [[0.5, 0.5]], trueIndices: [1]), 0)
        XCTAssertEqual(try recallAtK(2, scores: [[0.5, 0.5]], trueIndices: [1]), 1)
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try recallAtK(0, scores: [[1, 2]], trueIndices: [0]))
        XCTAssertThrowsError(try recallAtK(1, scores: [], trueIndices: [])) { error in
            XCTAssertEqual(error as? MetricError, .empty("Recall@k's question list"))
        }
        XCTAssertThrowsError(try recallAtK(1, scores: [[1, 2]], trueIndices: [0, 1])) { error in
            XCTAssertEqual(error as? MetricError,
                           .countMismatch(first: "scores", firstCount: 1,
                                          second: "trueIndices", secondCount: 2))
        }
        XCTAssertThrowsError(try recallAtK(1, scores: [[1, 2]], trueIndices: [2]))
        XCTAssertThrowsError(try pessimisticRank(of: 0, scores: [1, .nan])) { error in
            XCTAssertEqual("\(error)", "score 1 is NaN; it must be a number")
        }
    }
}
