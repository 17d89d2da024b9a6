import XCTest
@testable import L2Lab

final class PerplexityTests: XCTestCase {
    func testPerplexityMatchesDefinition() throws {
        for reference in perplexityReference {
            let value = try perplexity(totalNegativeLogLikelihood: reference.nll,
                                       tokenCount: reference.tokenCount)
            XCTAssertEqual(value, reference.perplexity, accuracy: 1e-9 * max(1, reference.perplexity))
        }
    }

    func testUniformModelOverTenTokensHasPerplexityTen() throws {
        let nll = 5 * (-log(0.1))
        XCTAssertEqual(try perplexity(totalNegativeLogLikelihood: nll, tokenCount: 5), 10,
                       accuracy: 1e-12)
    }

    func testNoTokenThrows() {
        XCTAssertThrowsError(try perplexity(totalNegativeLogLikelihood: 1, tokenCount: 0)) { error in
            XCTAssertEqual(error as? MetricError,
                           .invalidParameter(name: "perplexity's token count", value: "0",
                                             requirement: "must be at least 1"))
        }
    }
}
