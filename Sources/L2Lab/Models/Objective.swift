/// A differentiable scalar function of a flat parameter vector: what optimizers minimize.
public protocol Objective {
    /// The length of the parameter vector.
    var parameterCount: Int { get }
    /// The value at `parameters`.
    func loss(_ parameters: [Double]) -> Double
    /// The gradient at `parameters`, of length `parameterCount`.
    func gradient(_ parameters: [Double]) -> [Double]
}

/// A model whose training objective is an average data loss plus an explicit L2 penalty.
///
/// `loss = dataLoss + (lambda/2)·‖w‖²`, where w are the parameters in
/// `penalty.regularizedRanges` (biases are never regularized).
public protocol RegularizedModel: Objective {
    /// The L2 term, kept separate so chapters can show it on its own.
    var penalty: L2Penalty { get }
    /// The mean loss over the model's examples, without the penalty.
    func dataLoss(_ parameters: [Double]) -> Double
    /// The gradient of `dataLoss`.
    func dataGradient(_ parameters: [Double]) -> [Double]
    /// `dataLoss(parameters)` and `gradient(parameters)` (penalty included) in one call, which a
    /// model implements when the two share work; training loops that need both call this.
    func dataLossAndGradient(_ parameters: [Double]) -> (dataLoss: Double, gradient: [Double])
}

extension RegularizedModel {
    /// Data loss plus the L2 penalty.
    public func loss(_ parameters: [Double]) -> Double {
        dataLoss(parameters) + penalty.value(parameters)
    }

    /// Data gradient plus the L2 penalty gradient lambda·w.
    public func gradient(_ parameters: [Double]) -> [Double] {
        var result = dataGradient(parameters)
        penalty.addGradient(to: &result, at: parameters)
        return result
    }

    /// The two separate calls; same results as a model's own shared implementation.
    public func dataLossAndGradient(_ parameters: [Double]) -> (dataLoss: Double, gradient: [Double]) {
        (dataLoss(parameters), gradient(parameters))
    }
}

/// A model whose data loss is a mean over examples, so it can be restricted to a minibatch.
public protocol ExampleSubsetting {
    /// The number of training examples.
    var exampleCount: Int { get }
    /// The same model (same penalty) over only the given examples, in the given order.
    func restricted(to examples: [Int]) -> Self
}
