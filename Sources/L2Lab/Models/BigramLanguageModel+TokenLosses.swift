extension BigramLanguageModel {
    /// −log P(tokens[t] | tokens[t − 1]) for every t ≥ 1, in order: each context's normalizer
    /// is computed once (O(V + weights) for it all), then one lookup per token.
    public func tokenLosses(_ parameters: [Double], tokens: [Int]) -> [Double] {
        let logZ = (0..<vocabularySize).map { logNormalizer(parameters, previous: $0) }
        return tokens.indices.dropFirst().map { t in
            let logit = parameterIndex(previous: tokens[t - 1], next: tokens[t])
                .map { parameters[$0] } ?? 0
            return logZ[tokens[t - 1]] - logit
        }
    }

    /// e^(mean of `tokenLosses`), summed in token order; equal to `perplexity(_:tokens:)` and
    /// much faster on long streams.
    public func heldOutPerplexity(_ parameters: [Double], tokens: [Int]) -> Double {
        let losses = tokenLosses(parameters, tokens: tokens)
        return Elementary.exp(losses.reduce(0, +) / Double(losses.count))
    }
}
