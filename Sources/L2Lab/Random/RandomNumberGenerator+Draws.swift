extension RandomNumberGenerator {
    /// Returns a uniform `Double` in [0, 1) built from the top 53 bits of one draw.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Returns a uniform integer in `0..<upperBound` without modulo bias (Lemire's method).
    ///
    /// - Precondition: `upperBound > 0`.
    public mutating func nextInt(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        let bound = UInt64(upperBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// Returns a normal draw with the given mean and standard deviation (Marsaglia's polar method).
    ///
    /// Uses `Elementary.log` and `squareRoot()`, so results are identical on every platform.
    /// Each call consumes at least two uniforms and discards the second normal of the pair.
    public mutating func nextNormal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * Elementary.log(s) / s).squareRoot()
                return mean + standardDeviation * u * factor
            }
        }
    }
}
