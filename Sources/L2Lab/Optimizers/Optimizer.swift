/// A first-order update rule: given the gradient at the current parameters, move them.
///
/// The L2 *penalty* lives in the model (`RegularizedModel.gradient` already contains lambda·w);
/// decoupled *weight decay* lives in the optimizer (`WeightDecay`). Keeping both explicit lets
/// chapters compare them, e.g. Adam with a penalty against AdamW with decay.
public protocol Optimizer {
    /// Updates `parameters` in place from `gradient` (same count).
    mutating func update(_ parameters: inout [Double], gradient: [Double])
}

/// Decoupled weight decay w ← w - learningRate·rate·w on selected ranges, applied by an
/// optimizer before its gradient step (as in AdamW), independent of the loss.
public struct WeightDecay: Equatable, Sendable {
    /// The decay rate; 0 disables decay.
    public var rate: Double
    /// The decayed parameter ranges, typically `model.penalty.regularizedRanges` (no biases).
    public var ranges: [Range<Int>]

    /// Creates a decay of `rate` on `ranges`.
    public init(rate: Double, ranges: [Range<Int>]) {
        precondition(rate >= 0, "decay rate must be non-negative")
        self.rate = rate
        self.ranges = ranges
    }

    /// No decay.
    public static let none = WeightDecay(rate: 0, ranges: [])

    /// Multiplies the decayed parameters by (1 - learningRate·rate).
    public func apply(to parameters: inout [Double], learningRate: Double) {
        guard rate != 0 else { return }
        let factor = 1 - learningRate * rate
        for range in ranges {
            for i in range {
                parameters[i] *= factor
            }
        }
    }
}
