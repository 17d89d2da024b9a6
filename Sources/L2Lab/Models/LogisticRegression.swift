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
        var z = inputs.times(Array(parameters[0..<inputs.columns]))
        for i in z.indices {
            z[i] += bias
        }
        return z
    }

    /// Returns P(y = 1 | xᵢ) = sigmoid(zᵢ) for each row of `inputs`.
    public func probabilities(_ parameters: [Double], inputs: SparseMatrix) -> [Double] {
        logits(parameters, inputs: inputs).map(Elementary.sigmoid)
    }

    /// Mean cross-entropy.
    public func dataLoss(_ parameters: [Double]) -> Double {
        dataLoss(logits: logits(parameters, inputs: features))
    }

    /// (1/n)·[Xᵀ(σ(z) - y), Σ (σ(z) - y)].
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        dataGradient(logits: logits(parameters, inputs: features))
    }

    /// The data loss and the objective's gradient, from one evaluation of the logits.
    public func dataLossAndGradient(_ parameters: [Double]) -> (dataLoss: Double, gradient: [Double]) {
        let n = Double(labels.count)
        var sum = 0.0
        var errors = logits(parameters, inputs: features)
        labels.withUnsafeBufferPointer { y in
            errors.withUnsafeMutableBufferPointer { e in
                for i in 0..<e.count {
                    sum += Self.lossTerm(logit: e[i], label: y[i])
                    e[i] = Self.error(logit: e[i], label: y[i]) / n
                }
            }
        }
        var gradient = dataGradient(errors: errors)
        penalty.addGradient(to: &gradient, at: parameters)
        return (sum / n, gradient)
    }

    /// The mean of the loss terms, summed in example order.
    private func dataLoss(logits z: [Double]) -> Double {
        var sum = 0.0
        z.withUnsafeBufferPointer { z in
            labels.withUnsafeBufferPointer { y in
                for i in 0..<z.count {
                    sum += Self.lossTerm(logit: z[i], label: y[i])
                }
            }
        }
        return sum / Double(labels.count)
    }

    /// The data gradient for the logits z.
    private func dataGradient(logits z: [Double]) -> [Double] {
        let n = Double(labels.count)
        var errors = z
        labels.withUnsafeBufferPointer { y in
            errors.withUnsafeMutableBufferPointer { e in
                for i in 0..<e.count {
                    e[i] = Self.error(logit: e[i], label: y[i]) / n
                }
            }
        }
        return dataGradient(errors: errors)
    }

    /// [Xᵀe, Σ eᵢ] for the scaled errors eᵢ = (σ(zᵢ) - yᵢ)/n, the sum taken in example order.
    private func dataGradient(errors: [Double]) -> [Double] {
        var result = features.transposeTimes(errors)
        result.append(errors.reduce(0, +))
        return result
    }

    /// One example's cross-entropy softplus(z) - y·z.
    @inline(__always)
    private static func lossTerm(logit z: Double, label y: Double) -> Double {
        Elementary.softplus(z) - y * z
    }

    /// One example's derivative of the loss term in z: σ(z) - y.
    @inline(__always)
    private static func error(logit z: Double, label y: Double) -> Double {
        Elementary.sigmoid(z) - y
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
