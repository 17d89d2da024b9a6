import XCTest
@testable import L2Lab

/// Expected values from rouge-score 0.1.2 (nltk 3.10.4):
///     python -c 'from rouge_score import rouge_scorer as r; s = r.RougeScorer(["rouge1",
///         "rouge2", "rougeL", "rougeLsum"], use_stemmer=STEM).score_multi(TARGETS, PREDICTION);
///         print({k: [repr(x) for x in v] for k, v in s.items()})'
/// Each row is [precision, recall, F] for rouge1, rouge2, rougeL, rougeLsum.
final class RougeMultipleTargetsTests: XCTestCase {
    private let cases: [(targets: [String], prediction: String, usesStemmer: Bool,
                         expected: [[Double]])] = [
        (["the cat sat on the mat", "a cat was sitting on a mat", "dogs bark"],
         "the cat was on the mat", false,
         [[0.8333333333333334, 0.8333333333333334, 0.8333333333333334], [0.6, 0.6, 0.6],
          [0.8333333333333334, 0.8333333333333334, 0.8333333333333334],
          [0.8333333333333334, 0.8333333333333334, 0.8333333333333334]]),
        // ROUGE-2 picks the second target, the others the first.
        (["the runners were running fast", "a runner runs quickly"], "the runner ran quickly", true,
         [[0.5, 0.5, 0.5], [0.3333333333333333, 0.25, 0.28571428571428575], [0.5, 0.5, 0.5],
          [0.5, 0.5, 0.5]]),
        // ROUGE-1: both targets have F = 2/3; the first one (P = 0.5, R = 1) wins the tie.
        (["a b", "a b c d e f g h"], "a b c d", false,
         [[0.5, 1.0, 0.6666666666666666], [1.0, 0.42857142857142855, 0.6],
          [0.5, 1.0, 0.6666666666666666], [0.5, 1.0, 0.6666666666666666]]),
        (["the caf\u{E9} is open", "the cafe\u{301} is open"], "the cafe\u{301} is open", false,
         [[1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1]]),
    ]

    private func values(_ score: RougeScore) -> [Double] {
        [score.precision, score.recall, score.fMeasure]
    }

    func testScoresMatchScoreMulti() throws {
        for example in cases {
            let scorer = RougeScorer(usesStemmer: example.usesStemmer)
            let (targets, prediction) = (example.targets, example.prediction)
            let label = "\(targets) | \(prediction)"
            assertClose(values(try scorer.rougeN(order: 1, targets: targets, prediction: prediction)),
                        example.expected[0], label)
            assertClose(values(try scorer.rougeN(order: 2, targets: targets, prediction: prediction)),
                        example.expected[1], label)
            assertClose(values(try scorer.rougeL(targets: targets, prediction: prediction)),
                        example.expected[2], label)
            assertClose(values(try scorer.rougeLsum(targets: targets, prediction: prediction)),
                        example.expected[3], label)
        }
    }

    func testOneTargetEqualsTheSingleTargetScore() throws {
        let scorer = RougeScorer()
        let (target, prediction) = ("the cat sat on the mat", "a cat on a mat")
        XCTAssertEqual(try scorer.rougeL(targets: [target], prediction: prediction),
                       scorer.rougeL(target: target, prediction: prediction))
    }

    func testNoTargetThrows() {
        XCTAssertThrowsError(try RougeScorer().rougeL(targets: [], prediction: "a")) { error in
            XCTAssertEqual(error as? MetricError, .empty("the ROUGE target list"))
        }
        XCTAssertThrowsError(try RougeScorer().rougeN(order: 1, targets: [], prediction: "a"))
        XCTAssertThrowsError(try RougeScorer().rougeLsum(targets: [], prediction: "a"))
    }
}
