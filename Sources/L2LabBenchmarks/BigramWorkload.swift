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
    /// it costs the number of words seen after `previous`, not the vocabulary size.
    static func trainOneEpoch(
        model: BigramLanguageModel, tokens: [Int], order: [Int], learningRate: Double
    ) -> [Double] {
        var parameters = [Double](repeating: 0, count: model.parameterCount)
        var optimizer = LazyWeightDecaySGD(parameterCount: model.parameterCount, learningRate: learningRate,
                                           rate: model.penalty.lambda,
                                           decayedRanges: model.penalty.regularizedRanges)
        for t in order {
            let (previous, next) = (tokens[t - 1], tokens[t])
            let weights = Array(model.rowStarts[previous]..<model.rowStarts[previous + 1])
            optimizer.catchUp(weights, parameters: &parameters)
            let logNormalizer = model.logNormalizer(parameters, previous: previous)
            let gradient = weights.map { position in
                Elementary.exp(parameters[position] - logNormalizer)
                    - (model.nextWords[position] == next ? 1 : 0)
            }
            optimizer.update(&parameters, gradient: SparseGradient(indices: weights, values: gradient))
        }
        optimizer.finish(&parameters)
        return parameters
    }
}
