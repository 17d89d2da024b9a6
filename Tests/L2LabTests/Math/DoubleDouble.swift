import Foundation

/// An unevaluated sum `hi + lo` of two doubles with |lo| <= ulp(hi) / 2: about 106 bits of
/// precision, on every architecture. It is the reference of the accuracy tests where 80-bit
/// `Float80` does not exist (arm64), and is checked against `Float80` where it does.
/// (Algorithms: Dekker's and Knuth's error-free sums and products, as in Hida, Li and Bailey's
/// QD library; no claim to correct rounding, only to an error far below a double's ulp.)
struct DoubleDouble {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// `a + b` exactly, when |a| >= |b| or a is 0.
    private static func quickTwoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let sum = a + b
        return DoubleDouble(sum, b - (sum - a))
    }

    /// `a + b` exactly.
    private static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let sum = a + b
        let bb = sum - a
        return DoubleDouble(sum, (a - (sum - bb)) + (b - bb))
    }

    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let high = twoSum(a.hi, b.hi)
        let low = twoSum(a.lo, b.lo)
        let first = quickTwoSum(high.hi, high.lo + low.hi)
        return quickTwoSum(first.hi, first.lo + low.lo)
    }

    static prefix func - (a: DoubleDouble) -> DoubleDouble { DoubleDouble(-a.hi, -a.lo) }
    static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + -b }

    static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let product = a.hi * b.hi
        let error = (-product).addingProduct(a.hi, b.hi)
        return quickTwoSum(product, error + (a.hi * b.lo + a.lo * b.hi))
    }

    static func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let first = a.hi / b.hi
        var rest = a - b * DoubleDouble(first)
        let second = rest.hi / b.hi
        rest = rest - b * DoubleDouble(second)
        let third = rest.hi / b.hi
        return quickTwoSum(first, second) + DoubleDouble(third)
    }

    /// ln 2 to 107 bits.
    static let ln2 = DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)

    /// The value times 2^k as the double nearest to it and the distance from that double to
    /// it in the double's ulps (also where the result is subnormal, where `lo` itself could not
    /// be scaled without losing its bits).
    func scaled(by k: Int) -> (rounded: Double, residual: Double) {
        var rounded = Double(sign: .plus, exponent: k, significand: hi)
        guard rounded.isFinite, hi != 0 else { return (rounded, 0) }
        // rounded 2^-k is exact unless rounded is 0 or subnormal; then it is exact as well,
        // since scaling a subnormal up into the normal range loses nothing.
        var residual = (hi - Double(sign: .plus, exponent: -k, significand: rounded)) + lo
        var ulp = Double(sign: .plus, exponent: -k, significand: rounded.ulp)
        if !rounded.isNormal && abs(residual) > ulp / 2 {
            let step = residual > 0 ? rounded.nextUp : rounded.nextDown
            residual -= Double(sign: .plus, exponent: -k, significand: step - rounded)
            rounded = step
            ulp = Double(sign: .plus, exponent: -k, significand: rounded.ulp)
        }
        return (rounded, residual / ulp)
    }

    /// The double nearest to the value, and the distance to the value in that double's ulps.
    var roundedWithResidual: (rounded: Double, residual: Double) { scaled(by: 0) }

    // MARK: - Functions

    /// e^x - 1 for |x| <= 0.5 by its Taylor series (no cancellation for small x).
    private static func expm1Series(_ x: DoubleDouble) -> DoubleDouble {
        var term = x
        var sum = x
        for n in 2...40 {
            term = term * x / DoubleDouble(Double(n))
            sum = sum + term
            if abs(term.hi) < abs(sum.hi) * 0x1p-110 { break }
        }
        return sum
    }

    /// e^x as `value` times 2^k with `value` near 1 (reduced by k ln 2 and 2^10, then squared
    /// back), so that neither overflows nor underflows.
    static func expParts(_ x: Double) -> (value: DoubleDouble, k: Int) {
        let k = (x / ln2.hi).rounded()
        let r = DoubleDouble(x) - ln2 * DoubleDouble(k)
        let small = DoubleDouble(r.hi / 1024, r.lo / 1024)
        var value = expm1Series(small) + DoubleDouble(1)
        for _ in 0..<10 { value = value * value }
        return (value, Int(k))
    }

    /// e^x rounded to a double, with the residual in ulps (see `scaled(by:)`).
    static func exp(_ x: Double) -> (rounded: Double, residual: Double) {
        if x.isNaN { return (.nan, 0) }
        if x > 710 { return (.infinity, 0) }
        if x < -746 { return (0, 0) }
        let (value, k) = expParts(x)
        return value.scaled(by: k)
    }

    /// e^x for moderate x, as a double-double.
    private static func expNear0(_ x: Double) -> DoubleDouble {
        precondition(abs(x) < 700, "the double-double would overflow or lose its low part")
        let (value, k) = expParts(x)
        return DoubleDouble(Double(sign: .plus, exponent: k, significand: value.hi),
                            Double(sign: .plus, exponent: k, significand: value.lo))
    }

    /// e^x - 1 for |x| < 700 (above 80 it is e^x to far more than a double's precision: use
    /// `exp`).
    static func expm1(_ x: Double) -> DoubleDouble {
        if abs(x) <= 0.5 { return expm1Series(DoubleDouble(x)) }
        return expNear0(x) - DoubleDouble(1)
    }

    /// ln(u) for a positive normal `u` near [0.5, 2]: one Newton step from libm's log doubles
    /// its 53 bits.
    private static func logNear1(_ u: DoubleDouble) -> DoubleDouble {
        let guess = Foundation.log(u.hi + u.lo)
        return DoubleDouble(guess) + (u * expNear0(-guess) - DoubleDouble(1))
    }

    /// ln x.
    static func log(_ x: Double) -> DoubleDouble {
        guard x > 0, x.isFinite else { return DoubleDouble(Foundation.log(x)) }
        if x >= 0.5 && x <= 2 { return logNear1(DoubleDouble(x)) }
        // x = m 2^e with m in [1, 2): ln x = e ln 2 + ln m (exact for subnormal x too).
        let exponent = Double(Int(x.exponent))
        return ln2 * DoubleDouble(exponent) + logNear1(DoubleDouble(x.significand))
    }

    /// ln(1 + x).
    static func log1p(_ x: Double) -> DoubleDouble {
        guard x > -1, x.isFinite else { return DoubleDouble(Foundation.log1p(x)) }
        if abs(x) < 0x1p-10 {
            // x - x^2/2 + x^3/3 - ...
            var power = DoubleDouble(x)
            var sum = power
            for n in 2...16 {
                power = power * DoubleDouble(-x)
                sum = sum + power / DoubleDouble(Double(n))
            }
            return sum
        }
        let u = DoubleDouble(1) + DoubleDouble(x)  // exact
        if u.hi <= 2 { return logNear1(u) }
        // ln(hi + lo) = ln hi + ln(1 + lo/hi), and |lo/hi| < 2^-53 leaves only the first term.
        return log(u.hi) + DoubleDouble(u.lo / u.hi)
    }

    /// tanh x = expm1(2x) / (expm1(2x) + 2), odd.
    static func tanh(_ x: Double) -> DoubleDouble {
        if x < 0 { return -tanh(-x) }
        if x > 40 { return DoubleDouble(1) }
        let m = expm1(2 * x)
        return m / (m + DoubleDouble(2))
    }

    /// 1 / (1 + e^-x) for x > -700 (below -80 it is e^x to far more than a double's precision:
    /// use `exp`).
    static func sigmoid(_ x: Double) -> DoubleDouble {
        if x > 40 { return DoubleDouble(1) }
        return DoubleDouble(1) / (DoubleDouble(1) + expNear0(-x))
    }
}
