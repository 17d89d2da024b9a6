/// The bigrams of a token stream with their counts, and the count-based language models built
/// on them: add-k and interpolated Kneser-Ney.
///
/// Bigrams are kept sorted by their key `previous · V + next`, which is the weight order of a
/// `BigramLanguageModel` with `.seenBigramsOnly` trained on the same tokens, so `logCounts`
/// can start such a model at the log counts.
public struct BigramCounts: Sendable {
    /// The vocabulary size V.
    public let vocabularySize: Int
    /// The distinct bigrams, as `previous · V + next`, ascending.
    public let keys: [Int]
    /// The count c(v, w) of each bigram of `keys`.
    public let counts: [Double]
    /// c(v): how many bigrams start with each context v.
    public let contextTotals: [Double]
    /// N₁₊(v ·): how many distinct words follow each context v.
    public let contextTypes: [Double]
    /// N₁₊(· w): how many distinct contexts each word w follows.
    public let continuationTypes: [Double]

    /// Counts the bigrams `(tokens[t - 1], tokens[t])` of a stream of ids below `vocabularySize`.
    public init(tokens: [Int], vocabularySize: Int) {
        self.vocabularySize = vocabularySize
        let sorted = tokens.indices.dropFirst()
            .map { tokens[$0 - 1] * vocabularySize + tokens[$0] }.sorted()
        var keys: [Int] = []
        var counts: [Double] = []
        for key in sorted {
            if keys.last == key {
                counts[counts.count - 1] += 1
            } else {
                keys.append(key)
                counts.append(1)
            }
        }
        var totals = [Double](repeating: 0, count: vocabularySize)
        var types = totals
        var continuations = totals
        for (key, count) in zip(keys, counts) {
            totals[key / vocabularySize] += count
            types[key / vocabularySize] += 1
            continuations[key % vocabularySize] += 1
        }
        (self.keys, self.counts) = (keys, counts)
        (contextTotals, contextTypes, continuationTypes) = (totals, types, continuations)
    }

    /// log c(v, w) of every bigram, in the order of `keys`.
    public var logCounts: [Double] { counts.map { Elementary.log($0) } }

    /// c(v, w), 0 for a pair never seen (binary search, O(log of the bigram count)).
    public func count(previous: Int, next: Int) -> Double {
        let key = previous * vocabularySize + next
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? counts[low] : 0
    }

    /// Add-k: P(w | v) = (c(v, w) + k) / (c(v) + kV).
    public func addK(_ k: Double, previous: Int, next: Int) -> Double {
        (count(previous: previous, next: next) + k)
            / (contextTotals[previous] + k * Double(vocabularySize))
    }

    /// Interpolated Kneser-Ney with discount d: max(c(v, w) − d, 0)/c(v) plus
    /// d·N₁₊(v ·)/c(v) times the continuation share N₁₊(· w)/N₁₊(· ·); a context never seen
    /// gets the continuation share alone.
    public func kneserNey(discount d: Double, previous: Int, next: Int) -> Double {
        let backOff = continuationTypes[next] / Double(keys.count)
        guard contextTotals[previous] > 0 else { return backOff }
        return max(count(previous: previous, next: next) - d, 0) / contextTotals[previous]
            + d * contextTypes[previous] / contextTotals[previous] * backOff
    }

    /// e^(mean −log P(tokens[t] | tokens[t − 1])) over the bigrams of `tokens`, for any model
    /// given as `probability(previous, next)`; the sum runs in token order.
    public static func perplexity(_ tokens: [Int], _ probability: (Int, Int) -> Double) -> Double {
        precondition(tokens.count >= 2, "need at least one bigram")
        var sum = 0.0
        for t in 1..<tokens.count { sum -= Elementary.log(probability(tokens[t - 1], tokens[t])) }
        return Elementary.exp(sum / Double(tokens.count - 1))
    }
}
