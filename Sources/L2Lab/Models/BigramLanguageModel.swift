/// A log-linear bigram language model: P(next | previous) = softmax over the vocabulary of
/// one weight per (previous, next) pair, with the L2 penalty on every weight.
///
/// With `.seenBigramsOnly`, only pairs that occur in the training tokens get a weight; every
/// other pair has logit 0, so a context's normalizer is Σ_seen e^w + (V - seen)·e^0, costing
/// O(seen) rather than O(V). Unseen pairs are fixed at 0, not learned, so the sparse model is a
/// restriction of the dense one (its probabilities differ from the dense optimum's).
public struct BigramLanguageModel: RegularizedModel {
    /// Which (previous, next) pairs carry a weight.
    public enum Parameterization: Sendable {
        /// All V² pairs (small vocabularies only).
        case dense
        /// Only pairs seen in training; fits V = 20000 in memory.
        case seenBigramsOnly
    }

    /// The vocabulary size V; tokens are ids in `0..<V`.
    public let vocabularySize: Int
    /// Weights of context p occupy positions `rowStarts[p]..<rowStarts[p + 1]`.
    public let rowStarts: [Int]
    /// The next word of each weight, increasing within each context.
    public let nextWords: [Int]
    /// Training count of each weight's pair.
    let pairCounts: [Double]
    /// Training count of each context (as a previous word).
    let contextCounts: [Double]
    /// Number of training bigrams N.
    let bigramCount: Double
    /// The L2 term on all weights.
    public let penalty: L2Penalty

    /// Builds the model from the bigrams (tokens[t-1], tokens[t]) of a training token sequence.
    ///
    /// - Precondition: at least two tokens, each in `0..<vocabularySize`.
    public init(
        vocabularySize: Int, trainingTokens: [Int], lambda: Double, parameterization: Parameterization
    ) {
        precondition(trainingTokens.count >= 2, "need at least one bigram")
        precondition(trainingTokens.allSatisfy { $0 >= 0 && $0 < vocabularySize }, "token out of vocabulary")
        let v = vocabularySize
        let bigrams = BigramCounts(tokens: trainingTokens, vocabularySize: v)
        let (uniqueKeys, uniqueCounts, contexts) = (bigrams.keys, bigrams.counts, bigrams.contextTotals)
        switch parameterization {
        case .dense:
            rowStarts = (0...v).map { $0 * v }
            nextWords = (0..<(v * v)).map { $0 % v }
            var counts = [Double](repeating: 0, count: v * v)
            for (key, count) in zip(uniqueKeys, uniqueCounts) {
                counts[key] = count
            }
            pairCounts = counts
        case .seenBigramsOnly:
            var starts = [Int](repeating: 0, count: v + 1)
            for key in uniqueKeys {
                starts[key / v + 1] += 1
            }
            for p in 0..<v {
                starts[p + 1] += starts[p]
            }
            rowStarts = starts
            nextWords = uniqueKeys.map { $0 % v }
            pairCounts = uniqueCounts
        }
        self.vocabularySize = v
        contextCounts = contexts
        bigramCount = Double(trainingTokens.count - 1)
        penalty = L2Penalty(lambda: lambda, regularizedRanges: [0..<nextWords.count])
    }

    /// The number of weights (V² when dense, the number of distinct training bigrams otherwise).
    public var parameterCount: Int { nextWords.count }

    /// Returns the position of the weight for (previous, next), or nil when the pair has none.
    public func parameterIndex(previous: Int, next: Int) -> Int? {
        var low = rowStarts[previous]
        var high = rowStarts[previous + 1]
        while low < high {
            let middle = (low + high) / 2
            if nextWords[middle] < next {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < rowStarts[previous + 1] && nextWords[low] == next ? low : nil
    }

    /// log Σ_next e^logit over the whole vocabulary for context `previous`, in O(weights of p).
    public func logNormalizer(_ parameters: [Double], previous: Int) -> Double {
        let (maximum, sum) = shiftedNormalizer(parameters, previous: previous, terms: nil)
        return maximum + Elementary.log(sum)
    }

    /// The largest weight count of one context: the room `nextWordProbabilities` needs.
    public var largestRowLength: Int {
        zip(rowStarts, rowStarts.dropFirst()).map { $1 - $0 }.max() ?? 0
    }

    /// Writes P(w | previous) for the words w that have a weight after `previous` into
    /// `probabilities[0..<k]`, in the order of their positions `rowStarts[previous]..<` (k of
    /// them), and returns k. Each is e^(w - m)·(1/Σ) with one exponential per weight.
    ///
    /// - Precondition: `probabilities` holds at least the context's k entries.
    public func nextWordProbabilities(
        _ parameters: [Double], previous: Int, into probabilities: inout [Double]
    ) -> Int {
        let count = rowStarts[previous + 1] - rowStarts[previous]
        precondition(probabilities.count >= count, "no room for \(count) probabilities")
        let sum = probabilities.withUnsafeMutableBufferPointer { terms in
            shiftedNormalizer(parameters, previous: previous, terms: terms).sum
        }
        let inverse = 1 / sum
        for i in 0..<count {
            probabilities[i] *= inverse
        }
        return count
    }

    /// Returns m, the largest logit of context `previous` (0 when some word has no weight), and
    /// Σ_next e^(logit - m) over the vocabulary, writing the terms of the weighted words to
    /// `terms` when given.
    private func shiftedNormalizer(
        _ parameters: [Double], previous: Int, terms: UnsafeMutableBufferPointer<Double>?
    ) -> (maximum: Double, sum: Double) {
        let range = rowStarts[previous]..<rowStarts[previous + 1]
        let unseen = Double(vocabularySize - range.count)
        return parameters.withUnsafeBufferPointer { all in
            let row = UnsafeBufferPointer(rebasing: all[range])
            let maximum = ShiftedExponentials.maximum(of: row, atLeast: unseen > 0 ? 0 : -.infinity)
            let seen = ShiftedExponentials.sum(of: row, minus: maximum, terms: terms)
            return (maximum, unseen * Elementary.exp(-maximum) + seen)
        }
    }

    /// log P(next | previous); pairs without a weight have logit 0.
    public func logProbability(_ parameters: [Double], next: Int, previous: Int) -> Double {
        let logit = parameterIndex(previous: previous, next: next).map { parameters[$0] } ?? 0
        return logit - logNormalizer(parameters, previous: previous)
    }

    /// Mean -log P(tokens[t] | tokens[t-1]) over the bigrams of any token sequence.
    public func averageNegativeLogLikelihood(_ parameters: [Double], tokens: [Int]) -> Double {
        precondition(tokens.count >= 2, "need at least one bigram")
        var sum = 0.0
        for t in 1..<tokens.count {
            sum -= logProbability(parameters, next: tokens[t], previous: tokens[t - 1])
        }
        return sum / Double(tokens.count - 1)
    }

    /// e^(average negative log-likelihood) of a token sequence.
    public func perplexity(_ parameters: [Double], tokens: [Int]) -> Double {
        Elementary.exp(averageNegativeLogLikelihood(parameters, tokens: tokens))
    }

    /// Mean negative log-likelihood of the training bigrams, from their counts.
    public func dataLoss(_ parameters: [Double]) -> Double {
        var sum = 0.0
        for p in 0..<vocabularySize where contextCounts[p] > 0 {
            sum += contextCounts[p] * logNormalizer(parameters, previous: p)
            for position in rowStarts[p]..<rowStarts[p + 1] {
                sum -= pairCounts[position] * parameters[position]
            }
        }
        return sum / bigramCount
    }

    /// (1/N)·(C_p·P(next | p) - c(p, next)) for each weight.
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: parameterCount)
        for p in 0..<vocabularySize where contextCounts[p] > 0 {
            let logZ = logNormalizer(parameters, previous: p)
            for position in rowStarts[p]..<rowStarts[p + 1] {
                let probability = Elementary.exp(parameters[position] - logZ)
                result[position] = (contextCounts[p] * probability - pairCounts[position]) / bigramCount
            }
        }
        return result
    }
}
