/// The sums that ridge regression with a bias needs, Σxxᵀ, Σx, Σxy, Σy and the count, formed
/// once so that a fit on any subset of the data, for any λ, costs one small linear solve.
///
/// Sums of disjoint subsets add and subtract: the sums of all rows minus those of one fold
/// are the sums of the other folds, which is what cross-validation needs.
public struct RidgeSums: Equatable, Sendable {
    /// The number of features (weights); a fit has one more parameter, the bias.
    public let featureCount: Int
    /// The number of examples summed.
    public private(set) var count = 0
    /// Σ x xᵀ, row-major; only the lower triangle (k ≤ j) is kept.
    public private(set) var xx: [Double]
    /// Σ x.
    public private(set) var xs: [Double]
    /// Σ x y.
    public private(set) var xy: [Double]
    /// Σ y.
    public private(set) var ys = 0.0

    /// The sums of no examples.
    public init(featureCount: Int) {
        precondition(featureCount > 0, "RidgeSums needs at least one feature")
        self.featureCount = featureCount
        xx = [Double](repeating: 0, count: featureCount * featureCount)
        xs = [Double](repeating: 0, count: featureCount)
        xy = [Double](repeating: 0, count: featureCount)
    }

    /// The sums over the examples `rows` of `features` (one array per example) and `targets`,
    /// added in the order of `rows`.
    public init(features: [[Double]], targets: [Double], rows: [Int]) {
        precondition(!features.isEmpty, "RidgeSums needs at least one example to know the width")
        precondition(features.count == targets.count, "RidgeSums: features and targets differ in count")
        self.init(featureCount: features[0].count)
        for i in rows {
            let row = features[i]
            precondition(row.count == featureCount, "RidgeSums: example \(i) has \(row.count) features")
            count += 1
            ys += targets[i]
            for j in 0..<featureCount {
                xs[j] += row[j]
                xy[j] += row[j] * targets[i]
                let base = j * featureCount
                for k in 0...j { xx[base + k] += row[j] * row[k] }
            }
        }
    }

    /// The sums of the examples in `a` but not in `b` (`b` must be a subset of `a`).
    public static func - (a: RidgeSums, b: RidgeSums) -> RidgeSums {
        precondition(a.featureCount == b.featureCount, "RidgeSums: widths differ")
        var result = a
        result.count -= b.count
        result.ys -= b.ys
        for j in a.xs.indices {
            result.xs[j] -= b.xs[j]
            result.xy[j] -= b.xy[j]
        }
        for j in a.xx.indices { result.xx[j] -= b.xx[j] }
        return result
    }

    /// The minimizer of (1/2n)·Σ(w·x + b − y)² + (λ/2)·‖w‖² (the bias is not penalized):
    /// the weights, then the bias. It centres the sums, so the bias is ȳ − w·x̄.
    ///
    /// - Throws: `LinearAlgebraError.notPositiveDefinite` when λ ≤ 0 and the centred features
    ///   are rank-deficient. Cost featureCount³/3 multiply-adds.
    public func solve(lambda: Double) throws -> [Double] {
        precondition(count > 0, "RidgeSums.solve: no examples")
        let n = Double(count)
        let mean = xs.map { $0 / n }
        let targetMean = ys / n
        var a = Matrix(rows: featureCount, columns: featureCount)
        for j in 0..<featureCount {
            for k in 0...j { a[j, k] = xx[j * featureCount + k] / n - mean[j] * mean[k] }
            a[j, j] += lambda
        }
        let b = (0..<featureCount).map { xy[$0] / n - mean[$0] * targetMean }
        let w = try Cholesky(a).solve(b)
        return w + [targetMean - dot(mean, w)]
    }
}
