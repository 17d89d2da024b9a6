/// Binary logistic regression on sparse (bag-of-words) features, with an L2 penalty.
///
/// Parameters: `[w₀, …, w_{d-1}, b]`. Labels are 0 or 1. Data loss is the mean of
/// softplus(zᵢ) - yᵢ·zᵢ with zᵢ = w·xᵢ + b, which equals the cross-entropy and never overflows.
public struct LogisticRegression: RegularizedModel, ExampleSubsetting {
    /// The n × d CSR feature matrix.
    public let features: SparseMatrix
    /// The n labels, each 0 or 1.
    public let labels: [Double]
    /// The L2 term on the d weights.
    public let penalty: L2Penalty

    /// Creates the model. - Precondition: one label in {0, 1} per feature row.
    public init(features: SparseMatrix, labels: [Double], lambda: Double) {
        precondition(features.rows == labels.count, "\(features.rows) rows but \(labels.count) labels")
        precondition(labels.allSatisfy { $0 == 0 || $0 == 1 }, "labels must be 0 or 1")
        self.features = features
        self.labels = labels
        penalty = L2Penalty(lambda: lambda, regularizedRanges: [0..<features.columns])
    }

    /// d weights plus one bias.
    public var parameterCount: Int { features.columns + 1 }

    /// The number of examples n.
    public var exampleCount: Int { labels.count }

    /// The same model over the given rows.
    public func restricted(to examples: [Int]) -> LogisticRegression {
        LogisticRegression(features: features.rows(examples), labels: examples.map { labels[$0] },
                           lambda: penalty.lambda)
    }

    /// Returns the logits zᵢ = w·xᵢ + b for each row of `inputs`.
    public func logits(_ parameters: [Double], inputs: SparseMatrix) -> [Double] {
        let bias = parameters[inputs.columns]
        return inputs.times(Array(parameters[0..<inputs.columns])).map { $0 + bias }
    }

    /// Returns P(y = 1 | xᵢ) = sigmoid(zᵢ) for each row of `inputs`.
    public func probabilities(_ parameters: [Double], inputs: SparseMatrix) -> [Double] {
        logits(parameters, inputs: inputs).map(Elementary.sigmoid)
    }

    /// Mean cross-entropy.
    public func dataLoss(_ parameters: [Double]) -> Double {
        let z = logits(parameters, inputs: features)
        var sum = 0.0
        for i in z.indices {
            sum += Elementary.softplus(z[i]) - labels[i] * z[i]
        }
        return sum / Double(labels.count)
    }

    /// (1/n)·[Xᵀ(σ(z) - y), Σ (σ(z) - y)].
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        let z = logits(parameters, inputs: features)
        let n = Double(labels.count)
        let errors = z.indices.map { (Elementary.sigmoid(z[$0]) - labels[$0]) / n }
        return features.transposeTimes(errors) + [errors.reduce(0, +)]
    }

    /// The parameters that example `i` touches: its features, then the bias.
    public func activeParameters(example i: Int) -> [Int] {
        Array(features.row(i).columns) + [features.columns]
    }

    /// The data-loss gradient of example `i` alone, non-zero only at its features and the bias.
    public func exampleGradient(_ parameters: [Double], example i: Int) -> SparseGradient {
        let row = features.row(i)
        var z = parameters[features.columns]
        for (column, value) in zip(row.columns, row.values) {
            z += parameters[column] * value
        }
        let error = Elementary.sigmoid(z) - labels[i]
        return SparseGradient(indices: activeParameters(example: i),
                              values: row.values.map { $0 * error } + [error])
    }
}
