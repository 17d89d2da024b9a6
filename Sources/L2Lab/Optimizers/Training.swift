/// Per-epoch losses recorded by a training run.
public struct TrainingHistory: Equatable, Sendable {
    /// Training data loss (without the penalty) after each epoch.
    public var trainLoss: [Double] = []
    /// Training objective (data loss plus penalty) after each epoch.
    public var trainObjective: [Double] = []
    /// Validation data loss after each epoch (empty without a validation model).
    public var validationLoss: [Double] = []

    /// Creates an empty history.
    public init() {}
}

/// Training loops that record a `TrainingHistory`.
public enum Training {
    /// Full-batch descent: one optimizer update per epoch on `model.gradient`.
    ///
    /// After each epoch it records the data loss and objective of `model` and the data loss of
    /// `validation` (the validation model's own lambda plays no part in that number).
    public static func fullBatch<Model: RegularizedModel, Validation: RegularizedModel, Rule: Optimizer>(
        model: Model, validation: Validation?, parameters: inout [Double], optimizer: inout Rule, epochs: Int
    ) -> TrainingHistory {
        precondition(epochs >= 0, "epochs must be non-negative")
        var history = TrainingHistory()
        guard epochs > 0 else { return history }
        // The loss recorded after an epoch and the next epoch's gradient are taken at the same
        // parameters, so one call computes both (a logistic regression evaluates its logits once).
        var gradient = model.gradient(parameters)
        for epoch in 0..<epochs {
            optimizer.update(&parameters, gradient: gradient)
            let dataLoss: Double
            if epoch + 1 < epochs {
                (dataLoss, gradient) = model.dataLossAndGradient(parameters)
            } else {
                dataLoss = model.dataLoss(parameters)
            }
            record(&history, dataLoss: dataLoss, model: model, validation: validation, parameters: parameters)
        }
        return history
    }

    /// Minibatch descent: each epoch visits the examples in a fresh seeded permutation, in
    /// batches of `batchSize` (the last may be smaller), one update per batch.
    public static func minibatch<
        Model: RegularizedModel & ExampleSubsetting, Validation: RegularizedModel, Rule: Optimizer
    >(
        model: Model, validation: Validation?, parameters: inout [Double], optimizer: inout Rule,
        epochs: Int, batchSize: Int, seed: UInt64
    ) -> TrainingHistory {
        precondition(batchSize > 0, "batch size must be positive")
        var generator = Xoshiro256StarStar(seed: seed)
        var history = TrainingHistory()
        for _ in 0..<epochs {
            let order = Sampling.permutation(count: model.exampleCount, using: &generator)
            for start in stride(from: 0, to: order.count, by: batchSize) {
                let batch = model.restricted(to: Array(order[start..<min(start + batchSize, order.count)]))
                optimizer.update(&parameters, gradient: batch.gradient(parameters))
            }
            record(&history, dataLoss: model.dataLoss(parameters), model: model, validation: validation,
                   parameters: parameters)
        }
        return history
    }

    /// Full-batch descent without a validation set.
    public static func fullBatch<Model: RegularizedModel, Rule: Optimizer>(
        model: Model, parameters: inout [Double], optimizer: inout Rule, epochs: Int
    ) -> TrainingHistory {
        fullBatch(model: model, validation: nil as Model?, parameters: &parameters, optimizer: &optimizer,
                  epochs: epochs)
    }

    /// Appends `dataLoss` (of `model` at `parameters`), the objective and the validation loss.
    private static func record<Model: RegularizedModel, Validation: RegularizedModel>(
        _ history: inout TrainingHistory, dataLoss: Double, model: Model, validation: Validation?,
        parameters: [Double]
    ) {
        history.trainLoss.append(dataLoss)
        history.trainObjective.append(dataLoss + model.penalty.value(parameters))
        if let validation {
            history.validationLoss.append(validation.dataLoss(parameters))
        }
    }
}
