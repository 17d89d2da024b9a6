extension Elementary {
    /// Taylor coefficients of (tanh(a) - a) / a³ in powers of a², from the Bernoulli numbers.
    private static let tanhSeries: [Double] = [
        -0.3333333333333333, 0.13333333333333333, -0.05396825396825397, 0.021869488536155203,
        -0.008863235529902197, 0.003592128036572481, -0.0014558343870513183, 0.000590027440945586,
        -0.00023912911424355248, 9.691537956929451e-05, -3.927832388331683e-05,
        1.5918905069328964e-05, -6.451689215655431e-06, 2.6147711512907546e-06,
        -1.0597268320104654e-06, 4.294911078273806e-07, -1.7406618963571648e-07,
        7.054636946400968e-08, -2.859136662305254e-08, 1.1587644432798853e-08,
        -4.6962953982309016e-09, 1.903336833931276e-09,
    ]

    /// Returns the hyperbolic tangent of `x` with error below 1 ulp.
    ///
    /// Below |x| = 0.55 (where tanh reaches 1/2) it sums the Taylor series a + a³·P(a²), whose
    /// correction is at most a third of the result; above, t/(t + 2) with t = expm1(2|x|), divided
    /// by the exact double-double sum t + 2. (fdlibm's -t/(t + 2) with t = expm1(-2|x|) reaches
    /// 3 ulp.) tanh(±inf) = ±1, tanh(nan) = nan; ±1 exactly for |x| >= 22.
    public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let magnitude = x.magnitude
        let z: Double
        if magnitude >= 22 {
            z = 1
        } else if magnitude < 0x1p-28 {
            return x
        } else if magnitude < 0.55 {
            let square = magnitude * magnitude
            var polynomial = 0.0
            for coefficient in tanhSeries.reversed() {
                polynomial = polynomial * square + coefficient
            }
            z = magnitude + magnitude * square * polynomial
        } else {
            let t = expm1(2 * magnitude)
            let sumHigh = t + 2
            let sumLow = (2 - sumHigh) + t
            let quotient = t / sumHigh
            let remainder = t.addingProduct(-quotient, sumHigh)
            z = quotient + (remainder - quotient * sumLow) / sumHigh
        }
        return x.sign == .minus ? -z : z
    }

    /// Returns the logistic function 1 / (1 + e^-x) with error below 1 ulp, for any `x`.
    ///
    /// Uses e^-x (x >= 0) or e^x / (1 + e^x) (x < 0) with the exponential and the sum 1 + e
    /// carried in double-double, so that tiny results keep full relative precision.
    /// sigmoid(+inf) = 1, sigmoid(-inf) = 0, sigmoid(nan) = nan.
    public static func sigmoid(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 40 { return 1 }
        if x < -700 { return exp(x) }
        let parts = exponentialParts(x >= 0 ? -x : x)
        let scale = powerOfTwo(parts.exponent)
        let head = parts.head * scale
        let tail = parts.tail * scale
        let denominatorHigh = 1 + head
        let denominatorLow = ((1 - denominatorHigh) + head) + tail
        let numerator = x >= 0 ? 1 : head
        let quotient = numerator / denominatorHigh
        var remainder = numerator.addingProduct(-quotient, denominatorHigh) - quotient * denominatorLow
        if x < 0 { remainder += tail }
        return quotient + remainder / denominatorHigh
    }

    /// Returns log(1 + e^x) without overflow, accurate for large negative and positive `x`.
    public static func softplus(_ x: Double) -> Double {
        if x > 0 {
            return x + log1p(exp(-x))
        }
        return log1p(exp(x))
    }
}
