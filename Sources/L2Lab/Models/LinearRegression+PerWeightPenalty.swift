extension LinearRegression {
    /// The exact minimizer of dataLoss(w, b) + ½·Σⱼ strengths[j]·wⱼ², a ridge penalty with one
    /// strength per weight (the bias is not penalized), from the centered normal equations
    /// (XcᵀXc/n + diag(strengths))·w = Xcᵀyc/n, b = ȳ - x̄·w, solved by Cholesky.
    ///
    /// The model's own lambda plays no part. With every strength equal to lambda this is
    /// `closedFormSolution()`.
    ///
    /// - Throws: `LinearAlgebraError.notPositiveDefinite` when the system is singular.
    public func closedFormSolution(strengths: [Double]) throws -> [Double] {
        let d = features.columns
        precondition(strengths.count == d, "\(strengths.count) strengths for \(d) weights")
        precondition(strengths.allSatisfy { $0 >= 0 }, "strengths must be non-negative")
        let n = Double(features.rows)
        var means = [Double](repeating: 0, count: d)
        for i in 0..<features.rows {
            for j in 0..<d {
                means[j] += features[i, j]
            }
        }
        means = means.map { $0 / n }
        let targetMean = targets.reduce(0, +) / n
        var centered = features
        for i in 0..<features.rows {
            for j in 0..<d {
                centered[i, j] -= means[j]
            }
        }
        var gram = centered.transposed().times(centered)
        for i in 0..<d {
            for j in 0..<d {
                gram[i, j] /= n
            }
            gram[i, i] += strengths[i]
        }
        let right = centered.transposeTimes(targets.map { $0 - targetMean }).map { $0 / n }
        let weights = try Cholesky(gram).solve(right)
        return weights + [targetMean - dot(means, weights)]
    }
}
