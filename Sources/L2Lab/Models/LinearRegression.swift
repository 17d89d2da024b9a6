/// Least-squares linear regression with an L2 penalty on the weights (ridge regression).
///
/// Parameters: `[w₀, …, w_{d-1}, b]`. Data loss (1/2n)·Σ (w·xᵢ + b - yᵢ)².
public struct LinearRegression: RegularizedModel, ExampleSubsetting {
    /// The n × d design matrix.
    public let features: Matrix
    /// The n targets.
    public let targets: [Double]
    /// The L2 term on the d weights.
    public let penalty: L2Penalty

    /// Creates the model. - Precondition: one target per feature row.
    public init(features: Matrix, targets: [Double], lambda: Double) {
        precondition(features.rows == targets.count, "\(features.rows) rows but \(targets.count) targets")
        self.features = features
        self.targets = targets
        penalty = L2Penalty(lambda: lambda, regularizedRanges: [0..<features.columns])
    }

    /// d weights plus one bias.
    public var parameterCount: Int { features.columns + 1 }

    /// The number of examples n.
    public var exampleCount: Int { targets.count }

    /// The same model over the given rows.
    public func restricted(to examples: [Int]) -> LinearRegression {
        LinearRegression(features: features.rows(examples), targets: examples.map { targets[$0] },
                         lambda: penalty.lambda)
    }

    /// Returns w·xᵢ + b for each row of `inputs`.
    public func predict(_ parameters: [Double], inputs: Matrix) -> [Double] {
        let weights = Array(parameters[0..<inputs.columns])
        let bias = parameters[inputs.columns]
        return inputs.times(weights).map { $0 + bias }
    }

    private func residuals(_ parameters: [Double]) -> [Double] {
        var r = predict(parameters, inputs: features)
        for i in r.indices {
            r[i] -= targets[i]
        }
        return r
    }

    /// (1/2n)·Σ residualᵢ².
    public func dataLoss(_ parameters: [Double]) -> Double {
        0.5 * squaredNorm(residuals(parameters)) / Double(targets.count)
    }

    /// (1/n)·[Xᵀr, Σ r].
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        let r = residuals(parameters)
        let n = Double(targets.count)
        var result = features.transposeTimes(r).map { $0 / n }
        result.append(r.reduce(0, +) / n)
        return result
    }

    /// The exact minimizer of `loss`, from the centered normal equations
    /// (XcᵀXc/n + lambda·I)·w = Xcᵀyc/n, b = ȳ - x̄·w, solved by Cholesky.
    ///
    /// - Throws: `LinearAlgebraError.notPositiveDefinite` when lambda = 0 and the centered
    ///   features are collinear.
    public func closedFormSolution() throws -> [Double] {
        try closedFormSolution(strengths: [Double](repeating: penalty.lambda, count: features.columns))
    }
}
