/// Returns 10^`exponent`, as e^(exponent · ln 10) with `Elementary`'s functions.
///
/// Not correctly rounded: ln 10 and the product x · ln 10 round before the exponential, so the
/// relative error grows with |x|, up to about 2 · |x| · ln 10 · 2⁻⁵³ (30 ulp at x = −13). It is the same on every machine,
/// which is what a grid of hyperparameters needs; use a literal where an exact power matters.
public func powerOfTen(_ exponent: Double) -> Double {
    Elementary.exp(exponent * Elementary.log(10))
}

/// Returns the grid 10^a, …, 10^b with `perDecade` points per decade, both ends included:
/// element k is 10^(a + k / perDecade).
///
/// - Precondition: `perDecade > 0` and `lowestExponent <= highestExponent`.
public func logarithmicGrid(
    fromExponent lowestExponent: Int,
    toExponent highestExponent: Int,
    perDecade: Int
) -> [Double] {
    precondition(perDecade > 0, "perDecade must be positive")
    precondition(lowestExponent <= highestExponent, "the grid must not run backwards")
    let count = (highestExponent - lowestExponent) * perDecade
    return (0...count).map {
        powerOfTen(Double($0) / Double(perDecade) + Double(lowestExponent))
    }
}
