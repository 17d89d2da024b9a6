/// Plain gradient descent: w ← w - learningRate·g, after optional decoupled weight decay.
public struct SGD: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// Decoupled decay applied before each step.
    public var weightDecay: WeightDecay

    /// Creates the optimizer.
    public init(learningRate: Double, weightDecay: WeightDecay = .none) {
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }

    /// Decays, then steps against the gradient.
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count, "gradient count differs from parameter count")
        weightDecay.apply(to: &parameters, learningRate: learningRate)
        axpy(-learningRate, gradient, &parameters)
    }
}

/// Gradient descent with heavy-ball momentum: v ← momentum·v + g, w ← w - learningRate·v.
public struct MomentumSGD: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// The velocity decay, in [0, 1).
    public var momentum: Double
    /// Decoupled decay applied before each step.
    public var weightDecay: WeightDecay
    /// The velocity, created on the first update.
    public private(set) var velocity: [Double] = []

    /// Creates the optimizer with zero initial velocity.
    public init(learningRate: Double, momentum: Double = 0.9, weightDecay: WeightDecay = .none) {
        precondition(momentum >= 0 && momentum < 1, "momentum must lie in [0, 1)")
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
    }

    /// Updates the velocity, decays, then steps along the velocity.
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count, "gradient count differs from parameter count")
        if velocity.isEmpty {
            velocity = [Double](repeating: 0, count: parameters.count)
        }
        for i in velocity.indices {
            velocity[i] = momentum * velocity[i] + gradient[i]
        }
        weightDecay.apply(to: &parameters, learningRate: learningRate)
        axpy(-learningRate, velocity, &parameters)
    }
}
