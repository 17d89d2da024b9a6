import XCTest

final class ApplicationsTests: XCTestCase {
    func testRegularizationOnTheRealCorpora() throws {
        let result = try runChapter("04-applications")

        // Language modelling: the chosen λ beats λ = 0 after its last epoch by a lot, and the
        // early-stopped λ = 0 by a little, beyond the bootstrap interval; Kneser-Ney beats both.
        let lmLambda = try result.number("lm_best_lambda")
        XCTAssertGreaterThan(lmLambda, 1e-8, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(lmLambda, 3e-6)
        XCTAssertGreaterThan(try result.number("lm_test_gain"), 1.05)
        let best = try result.number("lm_test_perplexity_best")
        XCTAssertLessThan(best, try result.number("lm_test_perplexity_lambda0_early_stopped"))
        XCTAssertLessThan(try result.number("lm_test_ratio_vs_early_stopping_upper"), 1)
        XCTAssertGreaterThan(try result.number("lm_test_ratio_vs_early_stopping_lower"), 0.9,
                             "against early stopping the gain is a few percent, not a factor")
        XCTAssertLessThan(try result.number("lm_kneser_ney_test_perplexity"), best)
        XCTAssertLessThan(abs(best - (try result.number("lm_add_k_test_perplexity"))),
                          0.15 * (try result.number("lm_add_k_test_perplexity")))

        // Neural language model: the chosen λ beats early-stopped λ = 0 beyond the interval.
        let neuralLambda = try result.number("neural_best_lambda")
        XCTAssertGreaterThan(neuralLambda, 1e-4, "the chosen λ lies inside the sweep")
        XCTAssertLessThan(neuralLambda, 1e-3)
        let neuralBest = try result.number("neural_test_perplexity_best")
        XCTAssertGreaterThan(neuralBest, 50)
        XCTAssertLessThan(neuralBest, 150)
        XCTAssertLessThan(try result.number("neural_test_ratio_vs_early_stopping_upper"), 0.95)

        // Summaries, every system with its extract length chosen on validation: the scorer beats
        // lead on approach and outcome; on the challenge the interval contains 0.
        for aspect in ["challenge", "approach", "outcome"] {
            let rouge1 = try result.number("summary_\(aspect)_rouge1")
            XCTAssertGreaterThan(rouge1, 0.1)
            XCTAssertLessThan(rouge1, try result.number("summary_\(aspect)_oracle_rouge1"))
            XCTAssertLessThanOrEqual(try result.number("summary_\(aspect)_minus_lead_lower"),
                                     try result.number("summary_\(aspect)_minus_lead"))
        }
        XCTAssertGreaterThan(try result.number("summary_outcome_minus_lead_lower"), 0)
        XCTAssertGreaterThan(try result.number("summary_approach_minus_lead_lower"), 0)
        XCTAssertLessThan(try result.number("summary_challenge_minus_lead_lower"), 0)
        XCTAssertGreaterThan(try result.number("summary_challenge_minus_lead_upper"), 0)
        XCTAssertEqual(try result.number("summary_bootstrap_resamples"), 1000)

        // Dialogue: with a budget in which λ = 0 overfits, validation chooses a positive λ, which
        // beats the early-stopped model on test perplexity, by under 5%.
        XCTAssertGreaterThan(try result.number("dialogue_best_lambda"), 0)
        let stopped = try result.number("dialogue_response_perplexity_lambda0_early_stopped")
        XCTAssertGreaterThan(stopped, 30)
        XCTAssertLessThan(stopped, 70)
        XCTAssertGreaterThan(try result.number("dialogue_response_perplexity_lambda0"), stopped)
        XCTAssertLessThan(try result.number("dialogue_test_ratio_vs_early_stopping_upper"), 1)
        XCTAssertGreaterThan(try result.number("dialogue_test_ratio_vs_early_stopping_lower"), 0.95)
        XCTAssertGreaterThan(try result.number("dialogue_response_perplexity_strongest"),
                             try result.number("dialogue_response_perplexity_best"))
    }
}
