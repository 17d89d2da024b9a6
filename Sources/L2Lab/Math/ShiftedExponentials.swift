/// Row kernels for softmax-like sums over contiguous weights: a maximum and a sum of e^(xᵢ - m).
///
/// Both run four lanes at a time. The sum has a fixed order: lane l adds the terms i ≡ l (mod 4)
/// in increasing i, the lanes combine as (l₀ + l₁) + (l₂ + l₃), and the last count mod 4 terms
/// follow in order, so a result never depends on the machine.
enum ShiftedExponentials {
    /// The largest of `floor` and the elements of `x`.
    static func maximum(of x: UnsafeBufferPointer<Double>, atLeast floor: Double) -> Double {
        var lanes = SIMD4<Double>(repeating: floor)
        var i = 0
        while i + 4 <= x.count {
            lanes = pointwiseMax(lanes, load(x, at: i))
            i += 4
        }
        var result = lanes.max()
        while i < x.count {
            result = max(result, x[i])
            i += 1
        }
        return result
    }

    /// Returns Σ e^(xᵢ - shift), writing each term to `terms[i]` when `terms` is given.
    static func sum(
        of x: UnsafeBufferPointer<Double>, minus shift: Double, terms: UnsafeMutableBufferPointer<Double>?
    ) -> Double {
        precondition(terms.map { $0.count >= x.count } ?? true, "no room for the terms")
        var lanes = SIMD4<Double>(repeating: 0)
        var i = 0
        while i + 4 <= x.count {
            let exponentials = Elementary.exp(load(x, at: i) - shift)
            if let terms {
                UnsafeMutableRawPointer(terms.baseAddress! + i).storeBytes(of: exponentials,
                                                                            as: SIMD4<Double>.self)
            }
            lanes += exponentials
            i += 4
        }
        var result = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        while i < x.count {
            let exponential = Elementary.exp(x[i] - shift)
            terms?[i] = exponential
            result += exponential
            i += 1
        }
        return result
    }

    @inline(__always)
    private static func load(_ x: UnsafeBufferPointer<Double>, at i: Int) -> SIMD4<Double> {
        UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD4<Double>.self)
    }
}
