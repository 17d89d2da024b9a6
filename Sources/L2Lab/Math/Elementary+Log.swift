// Ported from fdlibm's e_log.c and s_log1p.c:
// Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
// Permission to use, copy, modify, and distribute this software is freely granted,
// provided that this notice is preserved.

extension Elementary {
    private static let two54 = 1.80143985094819840000e+16
    private static let lg1 = 6.666666666666735130e-01
    private static let lg2 = 3.999999999940941908e-01
    private static let lg3 = 2.857142874366239149e-01
    private static let lg4 = 2.222219843214978396e-01
    private static let lg5 = 1.818357216161805012e-01
    private static let lg6 = 1.531383769920937332e-01
    private static let lg7 = 1.479819860511658591e-01

    /// Returns the natural logarithm of `x` with error below 1 ulp.
    ///
    /// log(0) = -inf, log(x < 0) = nan, log(+inf) = +inf, log(nan) = nan; subnormals are exact
    /// inputs.
    public static func log(_ x: Double) -> Double {
        var value = x
        var hx = highWord(value)
        let lowWord = UInt32(truncatingIfNeeded: value.bitPattern)
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if (UInt32(bitPattern: hx) & 0x7FFF_FFFF) | lowWord == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            value *= two54
            hx = highWord(value)
        }
        if hx >= 0x7FF0_0000 { return value + value }
        k += (hx >> 20) - 1023
        hx &= 0x000F_FFFF
        let i = (hx + 0x95F64) & 0x10_0000
        value = withHighWord(value, hx | (i ^ 0x3FF0_0000))
        k += i >> 20
        let f = value - 1
        let dk = Double(k)
        if (0x000F_FFFF & (2 + hx)) < 3 {
            if f == 0 { return k == 0 ? 0 : dk * ln2High + dk * ln2Low }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2High - ((r - dk * ln2Low) - f)
        }
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        if ((hx - 0x6147A) | (0x6B851 - hx)) > 0 {
            let halfSquare = 0.5 * f * f
            if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
            return dk * ln2High - ((halfSquare - (s * (halfSquare + r) + dk * ln2Low)) - f)
        }
        if k == 0 { return f - s * (f - r) }
        return dk * ln2High - ((s * (f - r) - dk * ln2Low) - f)
    }

    /// Returns log(1 + x) with error below 1 ulp, accurate also for tiny `x`.
    ///
    /// log1p(-1) = -inf, log1p(x < -1) = nan, log1p(+inf) = +inf, log1p(nan) = nan.
    public static func log1p(_ x: Double) -> Double {
        let hx = highWord(x)
        let ax = hx & 0x7FFF_FFFF
        var k: Int32 = 1
        var f = 0.0
        var c = 0.0
        var hu: Int32 = 0
        if hx < 0x3FDA_827A {
            if ax >= 0x3FF0_0000 {
                return x == -1 ? -.infinity : .nan
            }
            if ax < 0x3E20_0000 {
                if ax < 0x3C90_0000 { return x }
                return x - x * x * 0.5
            }
            if hx > 0 || hx <= Int32(bitPattern: 0xBFD2_BEC4) {
                k = 0
                f = x
                hu = 1
            }
        }
        if hx >= 0x7FF0_0000 { return x + x }
        if k != 0 {
            var u: Double
            if hx < 0x4340_0000 {
                u = 1 + x
                hu = highWord(u)
                k = (hu >> 20) - 1023
                c = k > 0 ? 1 - (u - x) : x - (u - 1)
                c /= u
            } else {
                u = x
                hu = highWord(u)
                k = (hu >> 20) - 1023
                c = 0
            }
            hu &= 0x000F_FFFF
            if hu < 0x6A09E {
                u = withHighWord(u, hu | 0x3FF0_0000)
            } else {
                k += 1
                u = withHighWord(u, hu | 0x3FE0_0000)
                hu = (0x0010_0000 - hu) >> 2
            }
            f = u - 1
        }
        let dk = Double(k)
        let halfSquare = 0.5 * f * f
        if hu == 0 {
            if f == 0 {
                return k == 0 ? 0 : dk * ln2High + (c + dk * ln2Low)
            }
            let r = halfSquare * (1 - 0.66666666666666666 * f)
            return k == 0 ? f - r : dk * ln2High - ((r - (dk * ln2Low + c)) - f)
        }
        let s = f / (2 + f)
        let z = s * s
        let r = z * (lg1 + z * (lg2 + z * (lg3 + z * (lg4 + z * (lg5 + z * (lg6 + z * lg7))))))
        if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
        return dk * ln2High - ((halfSquare - (s * (halfSquare + r) + (dk * ln2Low + c))) - f)
    }
}
