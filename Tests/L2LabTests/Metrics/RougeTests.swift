import XCTest
@testable import L2Lab

final class RougeTests: XCTestCase {
    private func values(_ score: RougeScore) -> [Double] {
        [score.precision, score.recall, score.fMeasure]
    }

    func testRougeNMatchesRougeScore() throws {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let label = "\(reference.target) | \(reference.prediction) | stem \(reference.usesStemmer)"
            let (target, prediction) = (reference.target, reference.prediction)
            assertClose(values(try scorer.rougeN(order: 1, target: target, prediction: prediction)),
                        reference.rouge1, label)
            assertClose(values(try scorer.rougeN(order: 2, target: target, prediction: prediction)),
                        reference.rouge2, label)
        }
    }

    func testRouge1AndRouge2AreRougeNOfOrderOneAndTwo() throws {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let (target, prediction) = (reference.target, reference.prediction)
            XCTAssertEqual(scorer.rouge1(target: target, prediction: prediction),
                           try scorer.rougeN(order: 1, target: target, prediction: prediction))
            XCTAssertEqual(scorer.rouge2(target: target, prediction: prediction),
                           try scorer.rougeN(order: 2, target: target, prediction: prediction))
        }
    }

    func testTokenFormEqualsTheTextForm() throws {
        for reference in rougeReference {
            let scorer = RougeScorer(usesStemmer: reference.usesStemmer)
            let targetTokens = scorer.tokenizer.tokenize(reference.target)
            let predictionTokens = scorer.tokenizer.tokenize(reference.prediction)
            for order in 1...3 {
                XCTAssertEqual(try scorer.rougeN(order: order, targetTokens: targetTokens, predictionTokens: predictionTokens),
                               try scorer.rougeN(order: order, target: reference.target, prediction: reference.prediction))
            }
        }
    }

    func testJoinedSentencesTokenizeAsTheirTokensJoined() throws {
        let scorer = RougeScorer(usesStemmer: true)
        let sentences = ["We propose a new model.", "It beats the baselines (by 3.2 points)!", "Code: github."]
        XCTAssertEqual(scorer.tokenizer.tokenize(sentences.joined(separator: " ")),
                       sentences.flatMap(scorer.tokenizer.tokenize))
        XCTAssertThrowsError(try scorer.rougeN(order: 0, targetTokens: ["a"], predictionTokens: ["a"]))
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

    func testStemmingMakesInflectionsMatch() throws {
        let target = "the runner runs"
        let prediction = "the runners running"
        XCTAssertEqual(try RougeScorer().rougeN(order: 1, target: target, prediction: prediction).recall,
                       1.0 / 3.0, accuracy: 1e-15)
        let stemmed = try RougeScorer(usesStemmer: true)
            .rougeN(order: 1, target: target, prediction: prediction)
        XCTAssertEqual(stemmed.recall, 1.0, accuracy: 1e-15)
    }

    /// rouge-score's tokenizer drops non-ASCII letters, so composed "café" gives "caf" and
    /// decomposed "cafe" + U+0301 gives "cafe":
    /// python -c 'from rouge_score import rouge_scorer as r; print(r.RougeScorer(["rouge1",
    ///     "rougeL"]).score("the caf\u00e9 is open", "the cafe\u0301 is open"))'
    /// gives precision = recall = F = 0.75 for both (rouge-score 0.1.2).
    func testCanonicallyEquivalentSpellingsTokenizeApart() throws {
        let scorer = RougeScorer()
        let (target, prediction) = ("the caf\u{E9} is open", "the cafe\u{301} is open")
        XCTAssertEqual(values(try scorer.rougeN(order: 1, target: target, prediction: prediction)),
                       [0.75, 0.75, 0.75])
        XCTAssertEqual(values(scorer.rougeL(target: target, prediction: prediction)), [0.75, 0.75, 0.75])
    }

    func testOrderBelowOneThrows() {
        let scorer = RougeScorer()
        XCTAssertThrowsError(try scorer.rougeN(order: 0, target: "a", prediction: "a")) { error in
            XCTAssertEqual(error as? MetricError,
                           .invalidParameter(name: "ROUGE-N's order", value: "0",
                                             requirement: "must be at least 1"))
        }
    }
}
