import L2Lab

/// Workloads (1) and (2): L2 logistic regression on ACLSum sentence features.
enum LogisticWorkloads {
    /// Full-batch gradient descent through `Training.fullBatch`, which also records the loss
    /// and objective after every epoch (so the reference records them too).
    ///
    /// Checksums: the final objective and data loss.
    static func fullBatch(_ data: BenchmarkData) -> WorkloadResult {
        let settings = data.settings
        let model = LogisticRegression(features: data.sentences.features, labels: data.sentences.labels,
                                       lambda: settings.logisticLambda)
        let (history, seconds) = Stopwatch.time { () -> TrainingHistory in
            var parameters = [Double](repeating: 0, count: model.parameterCount)
            var optimizer = SGD(learningRate: settings.fullBatchLearningRate)
            return Training.fullBatch(model: model, parameters: &parameters, optimizer: &optimizer,
                                      epochs: settings.fullBatchEpochs)
        }
        return WorkloadResult(name: "logreg-fullbatch", seconds: seconds,
                              checksums: [history.trainObjective.last!, history.trainLoss.last!])
    }

    /// Minibatch SGD over the exported per-epoch permutations, the penalty applied as lazy
    /// weight decay (equal to the dense L2 rule up to rounding).
    ///
    /// Checksums, computed after the timed part: the final objective and data loss.
    static func minibatch(_ data: BenchmarkData) -> WorkloadResult {
        let settings = data.settings
        let model = LogisticRegression(features: data.sentences.features, labels: data.sentences.labels,
                                       lambda: settings.logisticLambda)
        let (parameters, seconds) = Stopwatch.time {
            trainSparseMinibatches(model: model, orders: data.minibatchOrders, batchSize: settings.batchSize,
                                   learningRate: settings.minibatchLearningRate)
        }
        return WorkloadResult(name: "logreg-minibatch", seconds: seconds,
                              checksums: [model.loss(parameters), model.dataLoss(parameters)])
    }

    /// One `LazyWeightDecaySGD` step per batch on the mean of the batch's example gradients, so
    /// each step costs the batch's non-zeros rather than the vocabulary size.
    ///
    /// Every weight a batch touches is caught up before any of its examples is evaluated, so the
    /// gradient sees the weights of the dense rule w ← (1 - lr·lambda)·w - lr·g.
    static func trainSparseMinibatches(
        model: LogisticRegression, orders: [[Int]], batchSize: Int, learningRate: Double
    ) -> [Double] {
        let count = model.parameterCount
        var parameters = [Double](repeating: 0, count: count)
        var optimizer = LazyWeightDecaySGD(parameterCount: count, learningRate: learningRate,
                                           rate: model.penalty.lambda,
                                           decayedRanges: model.penalty.regularizedRanges)
        var sums = [Double](repeating: 0, count: count)
        for order in orders {
            for start in stride(from: 0, to: order.count, by: batchSize) {
                let batch = order[start..<min(start + batchSize, order.count)]
                let active = model.activeParameters(examples: batch)
                optimizer.catchUp(active, parameters: &parameters)
                model.addExampleGradients(parameters, examples: batch, to: &sums)
                let size = Double(batch.count)
                let mean = active.map { index -> Double in
                    defer { sums[index] = 0 }
                    return sums[index] / size
                }
                optimizer.update(&parameters, gradient: SparseGradient(indices: active, values: mean))
            }
        }
        optimizer.finish(&parameters)
        return parameters
    }
}
