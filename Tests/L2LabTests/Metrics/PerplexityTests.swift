import XCTest
@testable import L2Lab

final class PerplexityTests: XCTestCase {
    func testPerplexityMatchesDefinition() {
        for reference in perplexityReference {
            let value = perplexity(totalNegativeLogLikelihood: reference.nll,
                                   tokenCount: reference.tokenCount)
            XCTAssertEqual(value, reference.perplexity, accuracy: 1e-9 * max(1, reference.perplexity))
        }
    }

    func testUniformModelOverTenTokensHasPerplexityTen() {
        let nll = 5 * (-log(0.1))
        XCTAssertEqual(perplexity(totalNegativeLogLikelihood: nll, tokenCount: 5), 10, accuracy: 1e-12)
    }
}
