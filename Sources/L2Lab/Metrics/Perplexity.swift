#if canImport(Glibc)
import Glibc
#endif

/// Perplexity, `exp(totalNegativeLogLikelihood / tokenCount)`.
///
/// The log-likelihood is in nats (natural logarithm), summed over `tokenCount > 0` tokens.
public func perplexity(totalNegativeLogLikelihood: Double, tokenCount: Int) -> Double {
    precondition(tokenCount > 0, "perplexity needs at least one token")
    return exp(totalNegativeLogLikelihood / Double(tokenCount))
}
