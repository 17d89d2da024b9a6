/// Multinomial (softmax) logistic regression with an L2 penalty on the weights.
///
/// Parameters: the K × d weight matrix W row-major (class k's weights at `k·d..<(k+1)·d`), then
/// K biases. Data loss is the mean of -log softmax(W·xᵢ + b)[yᵢ].
public struct SoftmaxRegression: RegularizedModel, ExampleSubsetting {
    /// The n × d feature matrix.
    public let features: Matrix
    /// The n class labels in `0..<classCount`.
    public let labels: [Int]
    /// The number of classes K.
    public let classCount: Int
    /// The L2 term on W.
    public let penalty: L2Penalty

    /// Creates the model. - Precondition: one label in `0..<classCount` per feature row.
    public init(features: Matrix, labels: [Int], classCount: Int, lambda: Double) {
        precondition(features.rows == labels.count, "\(features.rows) rows but \(labels.count) labels")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < classCount },
                     "labels must lie in 0..<\(classCount)")
        self.features = features
        self.labels = labels
        self.classCount = classCount
        penalty = L2Penalty(lambda: lambda, regularizedRanges: [0..<(classCount * features.columns)])
    }

    /// K·d weights plus K biases.
    public var parameterCount: Int { classCount * (features.columns + 1) }

    /// The number of examples n.
    public var exampleCount: Int { labels.count }

    /// The same model over the given rows.
    public func restricted(to examples: [Int]) -> SoftmaxRegression {
        SoftmaxRegression(features: features.rows(examples), labels: examples.map { labels[$0] },
                          classCount: classCount, lambda: penalty.lambda)
    }

    /// Returns the K logits W·x + b for one input row.
    public func logits(_ parameters: [Double], input: [Double]) -> [Double] {
        let d = features.columns
        precondition(input.count == d, "expected \(d) features, got \(input.count)")
        return (0..<classCount).map { k in
            var sum = parameters[classCount * d + k]
            for j in 0..<d {
                sum += parameters[k * d + j] * input[j]
            }
            return sum
        }
    }

    /// Returns the class probabilities for one input row.
    public func probabilities(_ parameters: [Double], input: [Double]) -> [Double] {
        softmax(logits(parameters, input: input))
    }

    /// Mean negative log-likelihood of the labels.
    public func dataLoss(_ parameters: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<features.rows {
            let z = logits(parameters, input: features.row(i))
            sum += logSumExp(z) - z[labels[i]]
        }
        return sum / Double(features.rows)
    }

    /// (1/n)·Σᵢ (pᵢ - onehot(yᵢ)) ⊗ [xᵢ, 1].
    public func dataGradient(_ parameters: [Double]) -> [Double] {
        let d = features.columns
        let n = Double(features.rows)
        var result = [Double](repeating: 0, count: parameterCount)
        for i in 0..<features.rows {
            let x = features.row(i)
            var p = probabilities(parameters, input: x)
            p[labels[i]] -= 1
            for k in 0..<classCount {
                let error = p[k] / n
                for j in 0..<d {
                    result[k * d + j] += error * x[j]
                }
                result[classCount * d + k] += error
            }
        }
        return result
    }
}
