/// base^exponent by repeated squaring, in a fixed order of multiplications: the catch-up factor
/// (1 - learningRate·rate)^k of the lazy weight-decay optimizers.
func decayPower(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    var square = base
    var remaining = exponent
    while remaining > 0 {
        if remaining & 1 == 1 {
            result *= square
        }
        square *= square
        remaining >>= 1
    }
    return result
}
