// Dense vector kernels on `[Double]`. Every sum runs in ascending index order, so results are
// reproducible bit for bit.

/// Returns Σᵢ xᵢ·yᵢ, summed in index order. - Precondition: equal counts.
public func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: counts \(x.count) and \(y.count) differ")
    return x.withUnsafeBufferPointer { xs in
        y.withUnsafeBufferPointer { ys in
            var sum = 0.0
            for i in 0..<xs.count {
                sum += xs[i] * ys[i]
            }
            return sum
        }
    }
}

/// Performs y ← alpha·x + y in place. - Precondition: equal counts.
public func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
    precondition(x.count == y.count, "axpy: counts \(x.count) and \(y.count) differ")
    x.withUnsafeBufferPointer { xs in
        y.withUnsafeMutableBufferPointer { ys in
            for i in 0..<xs.count {
                ys[i] += alpha * xs[i]
            }
        }
    }
}

/// Performs x ← alpha·x in place.
public func scale(_ x: inout [Double], by alpha: Double) {
    x.withUnsafeMutableBufferPointer { xs in
        for i in 0..<xs.count {
            xs[i] *= alpha
        }
    }
}

/// Returns ‖x‖², summed in index order.
public func squaredNorm(_ x: [Double]) -> Double {
    dot(x, x)
}

/// Returns the Euclidean norm ‖x‖, scaled by the largest magnitude so it never overflows.
public func norm(_ x: [Double]) -> Double {
    var largest = 0.0
    for value in x {
        largest = max(largest, value.magnitude)
    }
    if largest == 0 || !largest.isFinite { return largest }
    var sum = 0.0
    for value in x {
        let scaled = value / largest
        sum += scaled * scaled
    }
    return largest * sum.squareRoot()
}
