#if canImport(Glibc)
import Glibc
#endif

/// Perplexity, `exp(totalNegativeLogLikelihood / tokenCount)`.
///
/// The log-likelihood is in nats (natural logarithm), summed over `tokenCount` tokens.
///
/// - Throws: ``MetricError`` when `tokenCount < 1`.
public func perplexity(totalNegativeLogLikelihood: Double, tokenCount: Int) throws -> Double {
    try MetricError.require("perplexity's token count", tokenCount, atLeast: 1)
    return exp(totalNegativeLogLikelihood / Double(tokenCount))
}
