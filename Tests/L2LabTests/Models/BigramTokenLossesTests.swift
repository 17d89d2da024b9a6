import XCTest
@testable import L2Lab

final class BigramTokenLossesTests: XCTestCase {
    func testTokenLossesAreNegativeLogProbabilities() {
        let tokens = ModelFixtures.tokens(count: 300, vocabularySize: 9, seed: 3)
        let model = BigramLanguageModel(vocabularySize: 9, trainingTokens: tokens, lambda: 0.01,
                                        parameterization: .seenBigramsOnly)
        let weights = ModelFixtures.randomVector(model.parameterCount, seed: 4)
        let heldOut = ModelFixtures.tokens(count: 80, vocabularySize: 9, seed: 5)
        let losses = model.tokenLosses(weights, tokens: heldOut)
        XCTAssertEqual(losses.count, heldOut.count - 1)
        for t in 1..<heldOut.count {
            let expected = -model.logProbability(weights, next: heldOut[t], previous: heldOut[t - 1])
            XCTAssertEqual(losses[t - 1], expected, accuracy: 1e-12)
        }
        XCTAssertEqual(model.heldOutPerplexity(weights, tokens: heldOut),
                       model.perplexity(weights, tokens: heldOut), accuracy: 1e-9)
    }
}
