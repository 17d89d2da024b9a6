/// Inverted dropout on the inputs of a linear regression: during training each input xᵢⱼ is
/// replaced by xᵢⱼ·δᵢⱼ/(1 - p), with δᵢⱼ = 0 with probability p and 1 otherwise.
///
/// In expectation over the masks the loss is the plain data loss plus a ridge penalty
/// ½·Σⱼ λⱼ·wⱼ² with λⱼ = (p/(1-p))·(1/n)·Σᵢ xᵢⱼ² (Wager, Wang and Liang, 2013), which
/// `equivalentStrengths` returns and `LinearRegression.closedFormSolution(strengths:)` minimizes.
public enum InputDropout {
    /// The per-weight ridge strengths (p/(1-p))·mean over rows of xᵢⱼ².
    public static func equivalentStrengths(features: Matrix, probability: Double) -> [Double] {
        precondition(probability >= 0 && probability < 1, "dropout probability must lie in [0, 1)")
        var meanSquares = [Double](repeating: 0, count: features.columns)
        for i in 0..<features.rows {
            for j in 0..<features.columns {
                meanSquares[j] += features[i, j] * features[i, j]
            }
        }
        let factor = probability / (1 - probability) / Double(features.rows)
        return meanSquares.map { $0 * factor }
    }

    /// Returns the inputs with a fresh inverted-dropout mask drawn from `generator`, one
    /// uniform draw per element in row-major order.
    public static func masked<G: RandomNumberGenerator>(
        _ features: Matrix, probability: Double, using generator: inout G
    ) -> Matrix {
        let keep = 1 - probability
        var result = features
        for index in result.elements.indices {
            result.elements[index] = generator.nextUniform() < keep ? result.elements[index] / keep : 0
        }
        return result
    }

    /// Full-batch gradient descent on `model`'s data loss (its lambda is ignored) with a fresh
    /// dropout mask at every step, from zero, seeded. Returns the average of the iterates of
    /// the last `averagedSteps` steps (Polyak-Ruppert averaging), which damps the mask noise.
    public static func train(
        _ model: LinearRegression, probability: Double, learningRate: Double, steps: Int,
        averagedSteps: Int, seed: UInt64
    ) -> [Double] {
        precondition(averagedSteps > 0 && averagedSteps <= steps, "averagedSteps must lie in 1...steps")
        var generator = Xoshiro256StarStar(seed: seed)
        var parameters = [Double](repeating: 0, count: model.parameterCount)
        var average = parameters
        for step in 0..<steps {
            let inputs = masked(model.features, probability: probability, using: &generator)
            let noisy = LinearRegression(features: inputs, targets: model.targets, lambda: 0)
            axpy(-learningRate, noisy.dataGradient(parameters), &parameters)
            if step >= steps - averagedSteps {
                axpy(1 / Double(averagedSteps), parameters, &average)
            }
        }
        return average
    }
}
