/// The L2 penalty (lambda/2)·Σ wᵢ² over selected parameter ranges, and its gradient lambda·w.
public struct L2Penalty: Equatable, Sendable {
    /// The regularization strength; 0 disables the penalty.
    public var lambda: Double
    /// The parameter ranges that are penalized (weights); everything else (biases) is not.
    public var regularizedRanges: [Range<Int>]

    /// Creates a penalty of strength `lambda` on `regularizedRanges`.
    public init(lambda: Double, regularizedRanges: [Range<Int>]) {
        precondition(lambda >= 0, "lambda must be non-negative")
        self.lambda = lambda
        self.regularizedRanges = regularizedRanges
    }

    /// Returns Σ wᵢ² over the regularized ranges, summed in index order.
    public func squaredNorm(_ parameters: [Double]) -> Double {
        var sum = 0.0
        for range in regularizedRanges {
            for i in range {
                sum += parameters[i] * parameters[i]
            }
        }
        return sum
    }

    /// Returns (lambda/2)·Σ wᵢ².
    public func value(_ parameters: [Double]) -> Double {
        lambda == 0 ? 0 : 0.5 * lambda * squaredNorm(parameters)
    }

    /// Adds lambda·wᵢ to `gradient` for every regularized index.
    public func addGradient(to gradient: inout [Double], at parameters: [Double]) {
        guard lambda != 0 else { return }
        for range in regularizedRanges {
            for i in range {
                gradient[i] += lambda * parameters[i]
            }
        }
    }
}
