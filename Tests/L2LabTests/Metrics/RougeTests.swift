import XCTest
@testable import L2Lab

final class RougeTests: XCTestCase {
    private func values(_ score: RougeScore) -> [Double] {
        [score.precision, score.recall, score.fMeasure]
    }

    func testRougeNMatchesRougeScore() {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let label = "\(reference.target) | \(reference.prediction) | stem \(reference.usesStemmer)"
            let (target, prediction) = (reference.target, reference.prediction)
            assertClose(values(scorer.rougeN(order: 1, target: target, prediction: prediction)),
                        reference.rouge1, label)
            assertClose(values(scorer.rougeN(order: 2, target: target, prediction: prediction)),
                        reference.rouge2, label)
        }
    }

    func testRougeLMatchesRougeScore() {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let label = "\(reference.target) | \(reference.prediction) | stem \(reference.usesStemmer)"
            assertClose(values(scorer.rougeL(target: reference.target, prediction: reference.prediction)),
                        reference.rougeL, label)
        }
    }

    func testRougeLsumMatchesRougeScore() {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let label = "\(reference.target) | \(reference.prediction) | stem \(reference.usesStemmer)"
            assertClose(values(scorer.rougeLsum(target: reference.target, prediction: reference.prediction)),
                        reference.rougeLsum, label)
        }
    }

    func testIdenticalTextsScoreOne() {
        let scorer = RougeScorer()
        let text = "L2 regularization shrinks weights."
        XCTAssertEqual(scorer.rougeL(target: text, prediction: text),
                       RougeScore(precision: 1, recall: 1, fMeasure: 1))
    }

    func testStemmingMakesInflectionsMatch() {
        let target = "the runner runs"
        let prediction = "the runners running"
        XCTAssertEqual(RougeScorer().rougeN(order: 1, target: target, prediction: prediction).recall,
                       1.0 / 3.0, accuracy: 1e-15)
        let stemmed = RougeScorer(usesStemmer: true).rougeN(order: 1, target: target, prediction: prediction)
        XCTAssertEqual(stemmed.recall, 1.0, accuracy: 1e-15)
    }
}
