/// A training run checked on validation data at some epochs: its curves, its last weights and
/// its weights at the checked epoch of lowest validation score (early stopping).
public struct EarlyStoppingRun: Codable, Equatable, Sendable {
    /// The weights after the last epoch.
    public var weights: [Double]
    /// The checked epochs, in order (1-based).
    public var epochs: [Int] = []
    /// The training score at each checked epoch (empty when it was not measured).
    public var train: [Double] = []
    /// The validation score at each checked epoch; lower is better.
    public var validation: [Double] = []
    /// The weights at the checked epoch of lowest validation score (the later one on a tie).
    public var earlyStopped: [Double] = []
    /// That epoch.
    public var earlyStoppedEpoch = 0

    /// A run that starts at `weights`, with nothing checked yet.
    public init(weights: [Double]) {
        self.weights = weights
    }
}

extension Training {
    /// Full-batch descent, one optimizer update per epoch on `model.gradient`, checked after
    /// the epochs where `isChecked(epoch)` holds: `validation` (and `training`, when given)
    /// score the weights then, and the weights of the lowest validation score are kept.
    public static func fullBatch<Model: RegularizedModel, Rule: Optimizer>(
        model: Model, parameters: [Double], optimizer: Rule, epochs: Int,
        checkedAt isChecked: (Int) -> Bool, validation: ([Double]) -> Double,
        training: (([Double]) -> Double)? = nil
    ) -> EarlyStoppingRun {
        precondition(epochs >= 1, "train for at least one epoch")
        var optimizer = optimizer
        var run = EarlyStoppingRun(weights: parameters)
        for epoch in 1...epochs {
            optimizer.update(&run.weights, gradient: model.gradient(run.weights))
            guard isChecked(epoch) else { continue }
            run.epochs.append(epoch)
            if let training { run.train.append(training(run.weights)) }
            run.validation.append(validation(run.weights))
            if run.validation.last! == run.validation.min()! {
                run.earlyStopped = run.weights
                run.earlyStoppedEpoch = epoch
            }
        }
        return run
    }
}
