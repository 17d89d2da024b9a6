/// A log-linear response model: the next word of a response given the previous word p and the
/// set C of words of the previous turn,
///
///     score(w | p, C) = A[p, w] + (1/|C|)·Σ_{c ∈ C} B[c, w] + b[w],   P(w | p, C) = softmax(score)_w.
///
/// A response is predicted word by word and then its end token; its first word has the end token
/// as previous word. Parameter layout: A (V × V, row p), B (V × V, row c), b (V), row-major. The
/// L2 penalty covers A and B; the bias b is not regularized. An empty context contributes 0.
///
/// One pair of n response words costs O(V·(|C| + n + 1)) for its loss, and as much for its
/// gradient, which touches only the rows of A of its previous words, the rows of B of its context
/// words, and b (see `activeIndices()` and `sparseDataGradient(_:)`).
public struct ConditionalBigramLanguageModel: RegularizedModel, ExampleSubsetting {
    /// A training or held-out example: the previous turn and the response, as word ids.
    public struct Pair: Equatable, Sendable {
        /// The words of the previous turn; order and repeats do not matter.
        public var context: [Int]
        /// The response, without its end token.
        public var response: [Int]

        /// Creates a pair.
        public init(context: [Int], response: [Int]) {
            self.context = context
            self.response = response
        }
    }

    /// The vocabulary size V; words are ids in `0..<V`.
    public let vocabularySize: Int
    /// The id that ends every response and stands before its first word.
    public let endToken: Int
    /// The distinct context words of each example, increasing.
    public let contexts: [[Int]]
    /// The response of each example, without its end token.
    public let responses: [[Int]]
    /// The number of predicted tokens: every response word plus one end token per example.
    public let tokenCount: Int
    /// The L2 term on A and B.
    public let penalty: L2Penalty

    /// Builds the model over `pairs`.
    ///
    /// - Precondition: at least one pair; every id, and `endToken`, in `0..<vocabularySize`.
    public init(vocabularySize: Int, endToken: Int, pairs: [Pair], lambda: Double) {
        precondition(!pairs.isEmpty, "need at least one pair")
        let inVocabulary = { (word: Int) in word >= 0 && word < vocabularySize }
        precondition(inVocabulary(endToken), "end token out of vocabulary")
        precondition(
            pairs.allSatisfy { $0.context.allSatisfy(inVocabulary) && $0.response.allSatisfy(inVocabulary) },
            "word out of vocabulary")
        self.init(vocabularySize: vocabularySize, endToken: endToken,
                  contexts: pairs.map { Array(Set($0.context)).sorted() }, responses: pairs.map(\.response),
                  lambda: lambda)
    }

    private init(vocabularySize: Int, endToken: Int, contexts: [[Int]], responses: [[Int]], lambda: Double) {
        self.vocabularySize = vocabularySize
        self.endToken = endToken
        self.contexts = contexts
        self.responses = responses
        tokenCount = responses.reduce(0) { $0 + $1.count + 1 }
        let v = vocabularySize
        penalty = L2Penalty(lambda: lambda, regularizedRanges: [0..<(2 * v * v)])
    }

    /// Range of A, the (previous word, next word) weights.
    public var previousWordWeights: Range<Int> { 0..<(vocabularySize * vocabularySize) }
    /// Range of B, the (context word, next word) weights.
    public var contextWordWeights: Range<Int> {
        previousWordWeights.upperBound..<(2 * vocabularySize * vocabularySize)
    }
    /// Range of b, the unregularized bias of each next word.
    public var bias: Range<Int> {
        contextWordWeights.upperBound..<(contextWordWeights.upperBound + vocabularySize)
    }

    /// The total number of parameters, 2V² + V.
    public var parameterCount: Int { bias.upperBound }

    /// The number of (context, response) examples.
    public var exampleCount: Int { responses.count }

    /// The same model (same penalty) over the given examples.
    public func restricted(to examples: [Int]) -> ConditionalBigramLanguageModel {
        ConditionalBigramLanguageModel(vocabularySize: vocabularySize, endToken: endToken,
                                       contexts: examples.map { contexts[$0] },
                                       responses: examples.map { responses[$0] }, lambda: penalty.lambda)
    }

    // MARK: - Probabilities

    /// P(· | previous, context) over the whole vocabulary.
    public func probabilities(_ parameters: [Double], previous: Int, context: [Int]) -> [Double] {
        let mean = contextMean(parameters, context: Array(Set(context)).sorted())
        return softmax(scores(parameters, previous: previous, contextMean: mean))
    }

    /// log P(response, then the end token | context): the sum over its words and end token.
    public func logLikelihood(_ parameters: [Double], response: [Int], context: [Int]) -> Double {
        -parameters.withUnsafeBufferPointer { weights in
            pass(weights, context: Array(Set(context)).sorted(), response: response, scale: 0,
                 into: nil, rowOfPrevious: { _ in 0 }, rowOfContext: { _ in 0 })
        }
    }

    /// e^(mean negative log-likelihood) over every word and end token of the held-out `pairs`.
    public func perplexity(_ parameters: [Double], pairs: [Pair]) -> Double {
        let heldOut = ConditionalBigramLanguageModel(vocabularySize: vocabularySize, endToken: endToken,
                                                     pairs: pairs, lambda: 0)
        return heldOut.perplexity(parameters)
    }

    /// e^(mean negative log-likelihood) over this model's own examples.
    public func perplexity(_ parameters: [Double]) -> Double {
        Elementary.exp(dataLoss(parameters))
    }

    /// The greedy reply to `context`: from the end token, the most probable next word each step
    /// (the lowest id among ties), never one of `excluded`, until the end token or
    /// `maximumLength` words. Returns the words without the end token.
    public func reply(
        _ parameters: [Double], context: [Int], maximumLength: Int, excluded: [Int] = []
    ) -> [Int] {
        let mean = contextMean(parameters, context: Array(Set(context)).sorted())
        var words: [Int] = []
        var previous = endToken
        while words.count < maximumLength {
            let score = scores(parameters, previous: previous, contextMean: mean)
            var best = -1
            for word in 0..<vocabularySize where !excluded.contains(word) {
                if best < 0 || score[word] > score[best] {
                    best = word
                }
            }
            if best == endToken { break }
            words.append(best)
            previous = best
        }
        return words
    }

    // MARK: - Loss and gradient

    /// Mean negative log-likelihood per predicted token.
    public func dataLoss(_ parameters: [Double]) -> Double {
        parameters.withUnsafeBufferPointer { weights in
            var sum = 0.0
            for (context, response) in zip(contexts, responses) {
                sum += pass(weights, context: context, response: response, scale: 0, into: nil,
                            rowOfPrevious: { _ in 0 }, rowOfContext: { _ in 0 })
            }
            return sum / Double(tokenCount)
        }
    }

    /// The gradient of `dataLoss`: (1/N)·Σ over tokens of (P(w | p, C) - [w = target]) in row p of
    /// A, in b, and divided by |C| in the row of B of each context word.
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        let v = vocabularySize
        var result = [Double](repeating: 0, count: parameterCount)
        parameters.withUnsafeBufferPointer { weights in
            result.withUnsafeMutableBufferPointer { gradient in
                for (context, response) in zip(contexts, responses) {
                    _ = pass(weights, context: context, response: response, scale: 1 / Double(tokenCount),
                             into: gradient, rowOfPrevious: { $0 * v }, rowOfContext: { (v + $0) * v })
                }
            }
        }
        return result
    }

    /// The parameters that the data gradient can make non-zero, increasing: the rows of A of the
    /// previous words (the end token and every response word), the rows of B of the context
    /// words, and b.
    public func activeIndices() -> [Int] {
        let rows = activeRows()
        let v = vocabularySize
        var result = [Int]()
        result.reserveCapacity((rows.previous.count + rows.context.count + 1) * v)
        for row in rows.previous.map({ $0 * v }) + rows.context.map({ (v + $0) * v }) + [2 * v * v] {
            result.append(contentsOf: row..<(row + v))
        }
        return result
    }

    /// `dataGradient` at `activeIndices()`, computed in O(size of that set) memory.
    public func sparseDataGradient(_ parameters: [Double]) -> SparseGradient {
        let rows = activeRows()
        let v = vocabularySize
        let contextOffset = rows.previous.count
        var values = [Double](repeating: 0, count: (rows.previous.count + rows.context.count + 1) * v)
        parameters.withUnsafeBufferPointer { weights in
            values.withUnsafeMutableBufferPointer { gradient in
                for (context, response) in zip(contexts, responses) {
                    _ = pass(weights, context: context, response: response, scale: 1 / Double(tokenCount),
                             into: gradient,
                             rowOfPrevious: { rows.previous.sortedPosition(of: $0) * v },
                             rowOfContext: { (contextOffset + rows.context.sortedPosition(of: $0)) * v })
                }
            }
        }
        return SparseGradient(indices: activeIndices(), values: values)
    }

    // MARK: - The pass over one pair

    private func activeRows() -> (previous: [Int], context: [Int]) {
        let previous = Set(responses.flatMap { $0 } + [endToken])
        let context = Set(contexts.flatMap { $0 })
        return (previous.sorted(), context.sorted())
    }

    /// (1/|C|)·Σ_{c ∈ C} B[c, ·], summed in the order of `context`; zeros for an empty context.
    private func contextMean(_ parameters: [Double], context: [Int]) -> [Double] {
        let v = vocabularySize
        var mean = [Double](repeating: 0, count: v)
        guard !context.isEmpty else { return mean }
        let offset = contextWordWeights.lowerBound
        for c in context {
            for w in 0..<v {
                mean[w] += parameters[offset + c * v + w]
            }
        }
        let share = 1 / Double(context.count)
        for w in 0..<v {
            mean[w] *= share
        }
        return mean
    }

    private func scores(_ parameters: [Double], previous: Int, contextMean: [Double]) -> [Double] {
        let v = vocabularySize
        let b = bias.lowerBound
        return (0..<v).map { parameters[previous * v + $0] + contextMean[$0] + parameters[b + $0] }
    }

    /// Returns -log P(response, end | context) and, when `gradient` is given, adds `scale` times
    /// its gradient there: row p of A at `rowOfPrevious(p)`, row c of B at `rowOfContext(c)`,
    /// b in the last V entries.
    private func pass(
        _ weights: UnsafeBufferPointer<Double>, context: [Int], response: [Int], scale: Double,
        into gradient: UnsafeMutableBufferPointer<Double>?,
        rowOfPrevious: (Int) -> Int, rowOfContext: (Int) -> Int
    ) -> Double {
        let v = vocabularySize
        let contextBase = contextWordWeights.lowerBound
        let biasBase = bias.lowerBound
        var shared = [Double](repeating: 0, count: v)   // (1/|C|)·Σ B[c, ·] + b
        for c in context {
            for w in 0..<v {
                shared[w] += weights[contextBase + c * v + w]
            }
        }
        let share = context.isEmpty ? 0 : 1 / Double(context.count)
        for w in 0..<v {
            shared[w] = shared[w] * share + weights[biasBase + w]
        }
        var errorSum = [Double](repeating: 0, count: gradient == nil ? 0 : v)
        var score = [Double](repeating: 0, count: v)
        var negativeLogLikelihood = 0.0
        var previous = endToken
        for position in 0...response.count {
            let target = position < response.count ? response[position] : endToken
            var maximum = -Double.infinity
            for w in 0..<v {
                score[w] = weights[previous * v + w] + shared[w]
                maximum = max(maximum, score[w])
            }
            let targetScore = score[target]
            var sum = 0.0
            for w in 0..<v {
                score[w] = Elementary.exp(score[w] - maximum)
                sum += score[w]
            }
            negativeLogLikelihood += maximum + Elementary.log(sum) - targetScore
            if let gradient {
                let row = rowOfPrevious(previous)
                for w in 0..<v {
                    let error = scale * (score[w] / sum - (w == target ? 1 : 0))
                    gradient[row + w] += error
                    errorSum[w] += error
                }
            }
            previous = target
        }
        if let gradient {
            let biasRow = gradient.count - v
            for w in 0..<v {
                gradient[biasRow + w] += errorSum[w]
            }
            for c in context {
                let row = rowOfContext(c)
                for w in 0..<v {
                    gradient[row + w] += errorSum[w] * share
                }
            }
        }
        return negativeLogLikelihood
    }
}

extension Array where Element == Int {
    /// The position of `value` in this increasing array. - Precondition: `value` is present.
    fileprivate func sortedPosition(of value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        precondition(low < count && self[low] == value, "value \(value) is not present")
        return low
    }
}
