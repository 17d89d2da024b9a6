import L2Lab

/// Workload (3): one epoch of SGD on the log-linear bigram model over the Chit-Chat tokens.
enum BigramWorkload {
    /// Builds the `.seenBigramsOnly` model (not timed), then times one epoch of per-bigram SGD.
    ///
    /// Checksums, computed after the timed part: the final objective and data loss.
    static func sgdEpoch(_ data: BenchmarkData) -> WorkloadResult {
        let settings = data.settings
        let tokens = data.conversations.tokens
        let model = BigramLanguageModel(vocabularySize: data.conversations.vocabularySize,
                                        trainingTokens: tokens, lambda: settings.bigramLambda,
                                        parameterization: .seenBigramsOnly)
        let (parameters, seconds) = Stopwatch.time {
            trainOneEpoch(model: model, tokens: tokens, order: data.bigramOrder,
                          learningRate: settings.bigramLearningRate)
        }
        return WorkloadResult(name: "bigram-sgd", seconds: seconds,
                              checksums: [model.loss(parameters), model.dataLoss(parameters)])
    }

    /// Visits the bigrams (tokens[t-1], tokens[t]) for t in `order`, one step each on
    /// -log P(next | previous) + (lambda/2)·‖w‖², the penalty applied as lazy weight decay.
    ///
    /// A step's gradient is P(w | previous) - [w = next] on the weights of `previous` only, so
    /// it costs the number of words seen after `previous`, not the vocabulary size. Those
    /// weights always move together, so the decay is caught up per previous word.
    static func trainOneEpoch(
        model: BigramLanguageModel, tokens: [Int], order: [Int], learningRate: Double
    ) -> [Double] {
        var parameters = [Double](repeating: 0, count: model.parameterCount)
        var optimizer = LazyBlockDecaySGD(blockStarts: model.rowStarts, learningRate: learningRate,
                                          rate: model.penalty.lambda)
        var gradient = [Double](repeating: 0, count: model.largestRowLength)
        for t in order {
            let (previous, next) = (tokens[t - 1], tokens[t])
            optimizer.catchUp(block: previous, parameters: &parameters)
            let count = model.nextWordProbabilities(parameters, previous: previous, into: &gradient)
            if let position = model.parameterIndex(previous: previous, next: next) {
                gradient[position - model.rowStarts[previous]] -= 1
            }
            optimizer.update(block: previous, parameters: &parameters, gradient: gradient[0..<count])
        }
        optimizer.finish(&parameters)
        return parameters
    }
}
