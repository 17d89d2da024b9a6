import XCTest

final class ApplicationsTests: XCTestCase {
    func testRegularizationOnTheRealCorpora() throws {
        let result = try runChapter("04-applications")

        // Language modelling: the chosen λ beats λ = 0 on test, and Kneser-Ney beats both.
        let lmLambda = try result.number("lm_best_lambda")
        XCTAssertGreaterThan(lmLambda, 1e-8, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(lmLambda, 3e-6)
        XCTAssertGreaterThan(try result.number("lm_test_gain"), 1.05)
        let best = try result.number("lm_test_perplexity_best")
        XCTAssertLessThan(try result.number("lm_kneser_ney_test_perplexity"), best)
        XCTAssertLessThan(abs(best - (try result.number("lm_add_k_test_perplexity"))),
                          0.15 * (try result.number("lm_add_k_test_perplexity")))

        // Neural language model: a positive λ inside the sweep beats λ = 0 on test.
        let neuralLambda = try result.number("neural_best_lambda")
        XCTAssertGreaterThan(neuralLambda, 1e-4, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(neuralLambda, 1e-3)
        let neuralUnregularized = try result.number("neural_test_perplexity_lambda0")
        let neuralBest = try result.number("neural_test_perplexity_best")
        XCTAssertGreaterThan(neuralBest, 50)
        XCTAssertLessThan(neuralBest, 150)
        XCTAssertLessThan(neuralUnregularized, 250)
        XCTAssertGreaterThan(neuralUnregularized / neuralBest, 1.05)

        // Summaries: between random and the oracle; L2 moves ROUGE-1 by less than a point.
        for aspect in ["challenge", "approach", "outcome"] {
            let rouge1 = try result.number("summary_\(aspect)_rouge1")
            XCTAssertGreaterThan(rouge1, 0.1)
            XCTAssertLessThan(rouge1, try result.number("summary_\(aspect)_oracle_rouge1"))
            XCTAssertLessThan(abs(try result.number("summary_\(aspect)_rouge1_gain")), 0.01)
        }
        XCTAssertGreaterThan(try result.number("summary_outcome_rouge1"), try result.number("summary_outcome_lead_rouge1"))
        XCTAssertGreaterThan(try result.number("summary_approach_rouge1"), try result.number("summary_approach_lead_rouge1"))
        XCTAssertLessThan(try result.number("summary_challenge_rouge1"), try result.number("summary_challenge_lead_rouge1"))

        // Dialogue: the conditional bigram model ranks above chance (by what the previous turn adds);
        // validation chooses λ = 0, and the largest λ raises the test perplexity of responses.
        XCTAssertEqual(try result.number("dialogue_best_lambda"), 0)
        let recall = try result.number("dialogue_test_recall1_lambda0")
        XCTAssertGreaterThan(recall, 0.13)
        XCTAssertLessThan(recall, 0.3)
        XCTAssertEqual(try result.number("dialogue_test_recall1_gain"), 0)
        let responsePerplexity = try result.number("dialogue_response_perplexity_lambda0")
        XCTAssertGreaterThan(responsePerplexity, 30)
        XCTAssertLessThan(responsePerplexity, 70)
        XCTAssertEqual(try result.number("dialogue_response_perplexity_best"), responsePerplexity)
        XCTAssertGreaterThan(try result.number("dialogue_response_perplexity_strongest"), responsePerplexity)
    }
}
