/// Returns log(Σ e^xᵢ) computed stably by shifting with the maximum; -inf for an empty array.
///
/// Summation runs in index order. If the maximum is ±inf or nan, it is returned unchanged.
public func logSumExp(_ x: [Double]) -> Double {
    guard var maximum = x.first else { return -.infinity }
    for value in x where value > maximum || value.isNaN {
        maximum = value
    }
    if !maximum.isFinite { return maximum }
    var sum = 0.0
    for value in x {
        sum += Elementary.exp(value - maximum)
    }
    return maximum + Elementary.log(sum)
}

/// Returns softmax(x)ᵢ = e^xᵢ / Σⱼ e^xⱼ, computed stably by shifting with the maximum.
///
/// - Precondition: `x` is non-empty and its maximum is finite.
public func softmax(_ x: [Double]) -> [Double] {
    precondition(!x.isEmpty, "softmax of an empty array")
    var maximum = x[0]
    for value in x where value > maximum {
        maximum = value
    }
    precondition(maximum.isFinite, "softmax needs a finite maximum")
    var result = x.map { Elementary.exp($0 - maximum) }
    var sum = 0.0
    for value in result {
        sum += value
    }
    for i in result.indices {
        result[i] /= sum
    }
    return result
}
