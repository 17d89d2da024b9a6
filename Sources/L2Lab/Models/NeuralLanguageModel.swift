/// A small neural language model (Bengio et al., 2003): the embeddings of the previous
/// `contextSize` words, concatenated, feed one tanh hidden layer and a softmax over the vocabulary.
///
/// Parameter layout (see `Layout`): embeddings E (V × e), hidden weights W₁ (h × c·e), hidden
/// bias b₁ (h), output weights W₂ (V × h), output bias b₂ (V), all row-major. The L2 penalty
/// covers E, W₁ and W₂; the biases are not regularized.
public struct NeuralLanguageModel: RegularizedModel, ExampleSubsetting {
    /// Sizes and offsets of the parameter blocks in the flat vector.
    public struct Layout: Equatable, Sendable {
        /// Vocabulary size V.
        public let vocabularySize: Int
        /// Number of previous words c.
        public let contextSize: Int
        /// Embedding width e.
        public let embeddingSize: Int
        /// Hidden width h.
        public let hiddenSize: Int

        /// Creates a layout. - Precondition: all sizes positive.
        public init(vocabularySize: Int, contextSize: Int, embeddingSize: Int, hiddenSize: Int) {
            precondition(vocabularySize > 0 && contextSize > 0 && embeddingSize > 0 && hiddenSize > 0,
                         "all sizes must be positive")
            self.vocabularySize = vocabularySize
            self.contextSize = contextSize
            self.embeddingSize = embeddingSize
            self.hiddenSize = hiddenSize
        }

        /// Width of the concatenated context embeddings, c·e.
        public var inputSize: Int { contextSize * embeddingSize }
        /// Range of E.
        public var embeddings: Range<Int> { 0..<(vocabularySize * embeddingSize) }
        /// Range of W₁.
        public var hiddenWeights: Range<Int> {
            embeddings.upperBound..<(embeddings.upperBound + hiddenSize * inputSize)
        }
        /// Range of b₁.
        public var hiddenBias: Range<Int> {
            hiddenWeights.upperBound..<(hiddenWeights.upperBound + hiddenSize)
        }
        /// Range of W₂.
        public var outputWeights: Range<Int> {
            hiddenBias.upperBound..<(hiddenBias.upperBound + vocabularySize * hiddenSize)
        }
        /// Range of b₂.
        public var outputBias: Range<Int> {
            outputWeights.upperBound..<(outputWeights.upperBound + vocabularySize)
        }
        /// Total number of parameters.
        public var parameterCount: Int { outputBias.upperBound }
    }

    /// The block sizes and offsets.
    public let layout: Layout
    /// Context word ids, `contextSize` per example, oldest first.
    public let contexts: [Int]
    /// The word to predict for each example.
    public let targets: [Int]
    /// The L2 term on E, W₁ and W₂.
    public let penalty: L2Penalty

    /// Builds one example per position t >= contextSize of `tokens`, predicting tokens[t] from
    /// tokens[t - c..<t]. - Precondition: more tokens than `contextSize`, all in the vocabulary.
    public init(layout: Layout, tokens: [Int], lambda: Double) {
        precondition(tokens.count > layout.contextSize, "need more tokens than the context size")
        precondition(tokens.allSatisfy { $0 >= 0 && $0 < layout.vocabularySize },
                     "token out of vocabulary")
        var contexts = [Int]()
        var targets = [Int]()
        for t in layout.contextSize..<tokens.count {
            contexts.append(contentsOf: tokens[(t - layout.contextSize)..<t])
            targets.append(tokens[t])
        }
        self.init(layout: layout, contexts: contexts, targets: targets, lambda: lambda)
    }

    private init(layout: Layout, contexts: [Int], targets: [Int], lambda: Double) {
        self.layout = layout
        self.contexts = contexts
        self.targets = targets
        let weights = [layout.embeddings, layout.hiddenWeights, layout.outputWeights]
        penalty = L2Penalty(lambda: lambda, regularizedRanges: weights)
    }

    /// The total number of parameters.
    public var parameterCount: Int { layout.parameterCount }

    /// The number of (context, target) examples.
    public var exampleCount: Int { targets.count }

    /// The same model over the given examples.
    public func restricted(to examples: [Int]) -> NeuralLanguageModel {
        let c = layout.contextSize
        return NeuralLanguageModel(layout: layout,
                                   contexts: examples.flatMap { contexts[($0 * c)..<(($0 + 1) * c)] },
                                   targets: examples.map { targets[$0] }, lambda: penalty.lambda)
    }

    /// Seeded initial parameters: weights ~ N(0, 1/fan-in), embeddings ~ N(0, 1), biases 0.
    public func initialParameters(seed: UInt64) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        var result = [Double](repeating: 0, count: parameterCount)
        let blocks = [
            (layout.embeddings, 1.0),
            (layout.hiddenWeights, 1 / Double(layout.inputSize).squareRoot()),
            (layout.outputWeights, 1 / Double(layout.hiddenSize).squareRoot()),
        ]
        for (range, deviation) in blocks {
            for i in range {
                result[i] = generator.nextNormal(standardDeviation: deviation)
            }
        }
        return result
    }

    /// The activations of one forward pass.
    private struct Forward {
        var input: [Double]
        var hidden: [Double]
        var logits: [Double]
    }

    private func forward(_ parameters: [Double], context: ArraySlice<Int>) -> Forward {
        let e = layout.embeddingSize
        var input = [Double]()
        input.reserveCapacity(layout.inputSize)
        for word in context {
            input.append(contentsOf: parameters[(word * e)..<((word + 1) * e)])
        }
        let w1 = layout.hiddenWeights.lowerBound
        let b1 = layout.hiddenBias.lowerBound
        let hidden = (0..<layout.hiddenSize).map { unit in
            var sum = parameters[b1 + unit]
            for j in 0..<layout.inputSize {
                sum += parameters[w1 + unit * layout.inputSize + j] * input[j]
            }
            return Elementary.tanh(sum)
        }
        let w2 = layout.outputWeights.lowerBound
        let b2 = layout.outputBias.lowerBound
        let logits = (0..<layout.vocabularySize).map { word in
            var sum = parameters[b2 + word]
            for unit in 0..<layout.hiddenSize {
                sum += parameters[w2 + word * layout.hiddenSize + unit] * hidden[unit]
            }
            return sum
        }
        return Forward(input: input, hidden: hidden, logits: logits)
    }

    private func context(_ example: Int) -> ArraySlice<Int> {
        contexts[(example * layout.contextSize)..<((example + 1) * layout.contextSize)]
    }

    /// The next-word distribution after the given `contextSize` previous words.
    public func probabilities(_ parameters: [Double], context: [Int]) -> [Double] {
        precondition(context.count == layout.contextSize, "expected \(layout.contextSize) context words")
        return softmax(forward(parameters, context: context[...]).logits)
    }

    /// Mean negative log-likelihood of the targets.
    public func dataLoss(_ parameters: [Double]) -> Double {
        var sum = 0.0
        for example in 0..<targets.count {
            let logits = forward(parameters, context: context(example)).logits
            sum += logSumExp(logits) - logits[targets[example]]
        }
        return sum / Double(targets.count)
    }

    /// Backpropagation of the mean negative log-likelihood, example by example in order.
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        let (e, h, v) = (layout.embeddingSize, layout.hiddenSize, layout.vocabularySize)
        let inputSize = layout.inputSize
        let (w1, b1) = (layout.hiddenWeights.lowerBound, layout.hiddenBias.lowerBound)
        let (w2, b2) = (layout.outputWeights.lowerBound, layout.outputBias.lowerBound)
        let n = Double(targets.count)
        var result = [Double](repeating: 0, count: parameterCount)
        for example in 0..<targets.count {
            let pass = forward(parameters, context: context(example))
            var outputError = softmax(pass.logits)
            outputError[targets[example]] -= 1
            var hiddenError = [Double](repeating: 0, count: h)
            for word in 0..<v {
                let error = outputError[word] / n
                result[b2 + word] += error
                for unit in 0..<h {
                    result[w2 + word * h + unit] += error * pass.hidden[unit]
                    hiddenError[unit] += error * parameters[w2 + word * h + unit]
                }
            }
            var inputError = [Double](repeating: 0, count: inputSize)
            for unit in 0..<h {
                let preactivationError = hiddenError[unit] * (1 - pass.hidden[unit] * pass.hidden[unit])
                result[b1 + unit] += preactivationError
                for j in 0..<inputSize {
                    result[w1 + unit * inputSize + j] += preactivationError * pass.input[j]
                    inputError[j] += preactivationError * parameters[w1 + unit * inputSize + j]
                }
            }
            for (slot, word) in context(example).enumerated() {
                for k in 0..<e {
                    result[word * e + k] += inputError[slot * e + k]
                }
            }
        }
        return result
    }

    /// Mean -log P(tokens[t] | previous c tokens) over positions t >= c of any token sequence.
    public func averageNegativeLogLikelihood(_ parameters: [Double], tokens: [Int]) -> Double {
        NeuralLanguageModel(layout: layout, tokens: tokens, lambda: 0).dataLoss(parameters)
    }
}
