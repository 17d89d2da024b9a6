// exp follows ARM optimized-routines (MIT OR Apache-2.0 WITH LLVM-exception); exponentialParts
// and expm1 are ported from fdlibm's e_exp.c and s_expm1.c:
// Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
// Permission to use, copy, modify, and distribute this software is freely granted,
// provided that this notice is preserved.

extension Elementary {
    private static let expP1 = 1.66666666666666019037e-01
    private static let expP2 = -2.77777777770155933842e-03
    private static let expP3 = 6.61375632143793436117e-05
    private static let expP4 = -1.65339022054652515390e-06
    private static let expP5 = 4.13813679705723846039e-08
    private static let overflowThreshold = 7.09782712893383973096e+02
    private static let underflowThreshold = -7.45133219101941108420e+02
    /// 1.5 · 2^52: adding it to |z| < 2^51 rounds z to an integer held in the low bits.
    private static let roundingShift = 0x1.8p52

    /// Returns e^x within 0.52 ulp, without division or data-dependent branches below |x| = 512.
    ///
    /// The method of ARM's optimized-routines (Szabolcs Nagy): e^x = 2^(k/128) · e^r with
    /// k = round(128·x/ln 2) and |r| ≤ ln 2/256, 2^(k/128) from a 128-entry table with its
    /// rounding error, e^r - 1 by a degree-5 Taylor polynomial (truncation below 2^-60).
    /// exp(nan) = nan, exp(+inf) = +inf, exp(-inf) = 0; overflows to +inf above 709.78 and
    /// underflows to 0 below -745.13 (subnormal results in between).
    @inline(__always)
    public static func exp(_ x: Double) -> Double {
        guard x.magnitude < 512 else { return exponentialOfLargeMagnitude(x) }
        let (scaleBits, polynomial) = exponentialReduction(x)
        let scale = Double(bitPattern: scaleBits)
        return scale + scale * polynomial
    }

    /// e^x lane by lane, bit for bit equal to the scalar `exp` on each lane (the same operations,
    /// four at a time); lanes with |x| ≥ 512 or nan send the whole vector to the scalar path.
    @inline(__always)
    static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let magnitudeBits = unsafeBitCast(x, to: SIMD4<UInt64>.self) & 0x7FFF_FFFF_FFFF_FFFF
        if any(magnitudeBits .>= (512.0).bitPattern) {
            return SIMD4(exp(x[0]), exp(x[1]), exp(x[2]), exp(x[3]))
        }
        let shifted = x * expInverseLn2N + roundingShift
        let k = unsafeBitCast(shifted, to: SIMD4<UInt64>.self)
        let kd = shifted - roundingShift
        let r = (x - kd * expLn2NHead) - kd * expLn2NTail
        let j = SIMD4<Int>(truncatingIfNeeded: k & 127)
        let tails = SIMD4(expScaleTails[j[0]], expScaleTails[j[1]], expScaleTails[j[2]], expScaleTails[j[3]])
        let bits = SIMD4(expScaleBits[j[0]], expScaleBits[j[1]], expScaleBits[j[2]], expScaleBits[j[3]])
        let r2 = r * r
        let low: SIMD4<Double> = r * (1.0 / 6) + 0.5
        let high: SIMD4<Double> = r * (1.0 / 120) + 1.0 / 24
        let polynomial: SIMD4<Double> = (tails + r) + r2 * low + (r2 * r2) * high
        let scale = unsafeBitCast(bits &+ (k &<< 45), to: SIMD4<Double>.self)
        return scale + scale * polynomial
    }

    /// e^x = T · (1 + polynomial) with T the double whose bits are `scaleBits`, for |x| < 746.
    @inline(__always)
    private static func exponentialReduction(_ x: Double) -> (scaleBits: UInt64, polynomial: Double) {
        let shifted = x * expInverseLn2N + roundingShift
        let k = shifted.bitPattern
        let kd = shifted - roundingShift
        let r = (x - kd * expLn2NHead) - kd * expLn2NTail
        let j = Int(truncatingIfNeeded: k & 127)
        let r2 = r * r
        let low = r * (1.0 / 6) + 0.5
        let high = r * (1.0 / 120) + 1.0 / 24
        let polynomial = (expScaleTails[j] + r) + r2 * low + (r2 * r2) * high
        return (expScaleBits[j] &+ (k &<< 45), polynomial)
    }

    /// e^x for |x| ≥ 512 or nan: the table method with the scale moved by 2^±1009 or 2^-1022 so
    /// that it stays a normal number, then multiplied back (rounding once into subnormals).
    private static func exponentialOfLargeMagnitude(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > overflowThreshold { return .infinity }
        if x < underflowThreshold { return 0 }
        let (scaleBits, polynomial) = exponentialReduction(x)
        if x > 0 {
            let scale = Double(bitPattern: scaleBits &- (1009 << 52))
            return (scale + scale * polynomial) * 0x1p1009
        }
        let scale = Double(bitPattern: scaleBits &+ (1022 << 52))
        return (scale + scale * polynomial) * 0x1p-1022
    }

    /// Splits e^x = (head + tail) · 2^exponent with head = fl(head + tail), for finite x whose
    /// exponential neither overflows nor underflows; head is fdlibm's e^x, tail its rounding
    /// error, so that callers needing more than double precision (sigmoid) can use both.
    static func exponentialParts(_ x: Double) -> (head: Double, tail: Double, exponent: Int) {
        let negative = x.sign == .minus
        let hx = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
        var r = x
        var high = x
        var low = 0.0
        var k = 0
        if hx > 0x3FD6_2E42 {
            if hx < 0x3FF0_A2B2 {
                high = negative ? x + ln2High : x - ln2High
                low = negative ? -ln2Low : ln2Low
                k = negative ? -1 : 1
            } else {
                k = Int(inverseLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                high = x - t * ln2High
                low = t * ln2Low
            }
            r = high - low
        } else if hx < 0x3E30_0000 {
            let head = 1 + x
            return (head, (1 - head) + x, 0)
        }
        let t = r * r
        let c = r - t * (expP1 + t * (expP2 + t * (expP3 + t * (expP4 + t * expP5))))
        let small = k == 0 ? r - (r * c) / (c - 2) : high - (low - (r * c) / (2 - c))
        let head = 1 + small
        return (head, (1 - head) + small, k)
    }

    private static let expm1Q1 = -3.33333333333331316428e-02
    private static let expm1Q2 = 1.58730158725481460165e-03
    private static let expm1Q3 = -7.93650757867487942473e-05
    private static let expm1Q4 = 4.00821782732936239552e-06
    private static let expm1Q5 = -2.01099218183624371326e-07

    /// Returns e^x - 1 with error below 1 ulp, accurate also for tiny `x`.
    ///
    /// expm1(-inf) = -1, expm1(+inf) = +inf; overflows to +inf above 709.78.
    public static func expm1(_ x: Double) -> Double {
        let negative = x.sign == .minus
        let hx = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
        if hx >= 0x4043_687A {
            if hx >= 0x4086_2E42 {
                if x.isNaN { return x }
                if x.isInfinite { return negative ? -1 : x }
                if x > overflowThreshold { return .infinity }
            }
            if negative { return -1 }
        }
        var r = x
        var c = 0.0
        var k = 0
        if hx > 0x3FD6_2E42 {
            var high: Double
            var low: Double
            if hx < 0x3FF0_A2B2 {
                high = negative ? x + ln2High : x - ln2High
                low = negative ? -ln2Low : ln2Low
                k = negative ? -1 : 1
            } else {
                k = Int(inverseLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                high = x - t * ln2High
                low = t * ln2Low
            }
            r = high - low
            c = (high - r) - low
        } else if hx < 0x3C90_0000 {
            return x
        }
        let halfR = 0.5 * r
        let halfSquare = r * halfR
        let r1 = 1 + halfSquare * (expm1Q1 + halfSquare * (expm1Q2 + halfSquare
            * (expm1Q3 + halfSquare * (expm1Q4 + halfSquare * expm1Q5))))
        var t = 3 - r1 * halfR
        var e = halfSquare * ((r1 - t) / (6 - r * t))
        if k == 0 { return r - (r * e - halfSquare) }
        e = r * (e - c) - c
        e -= halfSquare
        if k == -1 { return 0.5 * (r - e) - 0.5 }
        if k == 1 {
            if r < -0.25 { return -2 * (e - (r + 0.5)) }
            return 1 + 2 * (r - e)
        }
        if k <= -2 || k > 56 {
            var y = 1 - (e - r)
            y = k == 1024 ? y * 2 * 0x1p1023 : y * powerOfTwo(k)
            return y - 1
        }
        let y: Double
        if k < 20 {
            t = Double(bitPattern: UInt64(0x3FF0_0000 - (0x20_0000 >> k)) << 32)
            y = t - (e - r)
        } else {
            t = Double(bitPattern: UInt64((0x3FF - k) << 20) << 32)
            y = r - (e + t) + 1
        }
        return y * powerOfTwo(k)
    }
}
