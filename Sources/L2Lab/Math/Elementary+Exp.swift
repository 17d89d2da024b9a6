// Ported from fdlibm's e_exp.c and s_expm1.c:
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

    /// Returns e^x with error below 1 ulp.
    ///
    /// exp(nan) = nan, exp(+inf) = +inf, exp(-inf) = 0; overflows to +inf above 709.78 and
    /// underflows to 0 below -745.13 (subnormal results in between).
    public static func exp(_ x: Double) -> Double {
        let negative = x.sign == .minus
        let hx = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
        if hx >= 0x4086_2E42 {
            if x.isNaN { return x }
            if x.isInfinite { return negative ? 0 : x }
            if x > overflowThreshold { return .infinity }
            if x < underflowThreshold { return 0 }
        }
        if x == 1 { return 2.718281828459045 }
        let parts = exponentialParts(x)
        let y = parts.head
        let k = parts.exponent
        if k >= -1021 {
            if k == 1024 { return y * 2 * 0x1p1023 }
            return y * powerOfTwo(k)
        }
        return y * powerOfTwo(k + 1000) * 0x1p-1000
    }

    /// Splits e^x = (head + tail) · 2^exponent with head = fl(head + tail), for finite x whose
    /// exponential neither overflows nor underflows; head is fdlibm's result, tail its rounding
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
