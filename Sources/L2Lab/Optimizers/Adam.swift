/// The bias-corrected moment estimates shared by Adam and AdamW.
struct AdamMoments: Sendable {
    var first: [Double] = []
    var second: [Double] = []
    /// beta1^t and beta2^t after t steps, one multiplication each per step.
    private var firstPower = 1.0
    private var secondPower = 1.0

    /// Updates the moments with `gradient` and returns the step direction m̂ / (√v̂ + epsilon).
    mutating func direction(gradient: [Double], beta1: Double, beta2: Double, epsilon: Double) -> [Double] {
        if first.isEmpty {
            first = [Double](repeating: 0, count: gradient.count)
            second = first
        }
        firstPower *= beta1
        secondPower *= beta2
        let firstCorrection = 1 - firstPower
        let secondCorrection = 1 - secondPower
        var result = [Double](repeating: 0, count: gradient.count)
        for i in gradient.indices {
            first[i] = beta1 * first[i] + (1 - beta1) * gradient[i]
            second[i] = beta2 * second[i] + (1 - beta2) * gradient[i] * gradient[i]
            let mean = first[i] / firstCorrection
            let variance = second[i] / secondCorrection
            result[i] = mean / (variance.squareRoot() + epsilon)
        }
        return result
    }
}

/// Adam (Kingma and Ba, 2015). Regularize it through the model's L2 penalty, whose gradient
/// lambda·w is then rescaled per coordinate like the rest of the gradient.
public struct Adam: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// Decay of the first-moment estimate.
    public var beta1: Double
    /// Decay of the second-moment estimate.
    public var beta2: Double
    /// Added to √v̂ to avoid division by zero.
    public var epsilon: Double
    private var moments = AdamMoments()

    /// Creates the optimizer with the paper's defaults.
    public init(
        learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// Steps along the bias-corrected, per-coordinate normalized gradient.
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count, "gradient count differs from parameter count")
        let direction = moments.direction(gradient: gradient, beta1: beta1, beta2: beta2, epsilon: epsilon)
        axpy(-learningRate, direction, &parameters)
    }
}

/// AdamW (Loshchilov and Hutter, 2019): Adam on the data gradient plus decoupled weight decay
/// w ← w - learningRate·rate·w, which is not rescaled by the moment estimates.
public struct AdamW: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// Decay of the first-moment estimate.
    public var beta1: Double
    /// Decay of the second-moment estimate.
    public var beta2: Double
    /// Added to √v̂ to avoid division by zero.
    public var epsilon: Double
    /// The decoupled decay applied before each step.
    public var weightDecay: WeightDecay
    private var moments = AdamMoments()

    /// Creates the optimizer; pass a model with lambda = 0 so the penalty is not counted twice.
    public init(
        learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: WeightDecay
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// Decays the weights, then takes the Adam step.
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count, "gradient count differs from parameter count")
        let direction = moments.direction(gradient: gradient, beta1: beta1, beta2: beta2, epsilon: epsilon)
        weightDecay.apply(to: &parameters, learningRate: learningRate)
        axpy(-learningRate, direction, &parameters)
    }
}
