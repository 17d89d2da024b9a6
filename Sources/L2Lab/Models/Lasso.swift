/// L1-regularized least squares (the lasso): minimizes
/// (1/2n)·Σ (w·xᵢ + b - yᵢ)² + alpha·Σⱼ |wⱼ| over the weights w and the unpenalized bias b,
/// by cyclic coordinate descent with soft-thresholding (Friedman, Hastie and Tibshirani, 2010).
///
/// Parameters are laid out as in `LinearRegression`: `[w₀, …, w_{d-1}, b]`.
public enum Lasso {
    /// Soft-thresholding, the proximal step of t·|·|: sign(x)·max(|x| - t, 0).
    public static func softThreshold(_ x: Double, _ t: Double) -> Double {
        x > t ? x - t : (x < -t ? x + t : 0)
    }

    /// Runs coordinate descent from `start` (weights and bias; zeros when nil) until a full
    /// sweep changes no weight by more than `tolerance`, or `maxSweeps` sweeps.
    ///
    /// Each sweep visits the weights in index order; the bias is eliminated by centering, so
    /// it is exact at every sweep. Weights whose column is constant stay at zero.
    public static func coordinateDescent(
        features: Matrix, targets: [Double], alpha: Double, start: [Double]? = nil,
        tolerance: Double = 1e-10, maxSweeps: Int = 10_000
    ) -> [Double] {
        precondition(features.rows == targets.count, "\(features.rows) rows but \(targets.count) targets")
        precondition(alpha >= 0, "alpha must be non-negative")
        let (n, d) = (features.rows, features.columns)
        let count = Double(n)
        var columns = [[Double]](repeating: [Double](repeating: 0, count: n), count: d)
        var means = [Double](repeating: 0, count: d)
        for j in 0..<d {
            for i in 0..<n {
                columns[j][i] = features[i, j]
            }
            means[j] = columns[j].reduce(0, +) / count
            for i in 0..<n {
                columns[j][i] -= means[j]
            }
        }
        let curvature = columns.map { squaredNorm($0) / count }
        let targetMean = targets.reduce(0, +) / count
        var weights = start.map { Array($0.prefix(d)) } ?? [Double](repeating: 0, count: d)
        precondition(weights.count == d, "start must hold \(d) weights and a bias")
        // Residual of the centered problem: yc - Xc·w.
        var residual = targets.map { $0 - targetMean }
        for j in 0..<d where weights[j] != 0 {
            axpy(-weights[j], columns[j], &residual)
        }
        for _ in 0..<maxSweeps {
            var largestChange = 0.0
            for j in 0..<d where curvature[j] > 0 {
                let correlation = dot(columns[j], residual) / count + curvature[j] * weights[j]
                let updated = softThreshold(correlation, alpha) / curvature[j]
                let change = updated - weights[j]
                if change != 0 {
                    axpy(-change, columns[j], &residual)
                    weights[j] = updated
                    largestChange = max(largestChange, abs(change))
                }
            }
            if largestChange <= tolerance {
                break
            }
        }
        return weights + [targetMean - dot(means, weights)]
    }
}
