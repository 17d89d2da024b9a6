/// A partition of example indices into training, validation and test sets.
public struct DataSplit: Equatable, Sendable {
    /// Indices of training examples, in shuffled order.
    public var train: [Int]
    /// Indices of validation examples, in shuffled order.
    public var validation: [Int]
    /// Indices of test examples (everything not in train or validation), in shuffled order.
    public var test: [Int]

    /// Shuffles `0..<count` with `Xoshiro256StarStar(seed:)` and cuts it by the given fractions.
    ///
    /// Sizes are `round(count * trainFraction)` and `round(count * validationFraction)`; the test
    /// set receives the remainder. - Precondition: fractions are non-negative and sum to at most 1.
    public init(count: Int, trainFraction: Double, validationFraction: Double, seed: UInt64) {
        precondition(trainFraction >= 0 && validationFraction >= 0, "fractions must be non-negative")
        precondition(trainFraction + validationFraction <= 1 + 1e-12, "fractions must sum to at most 1")
        var generator = Xoshiro256StarStar(seed: seed)
        let order = Sampling.permutation(count: count, using: &generator)
        let trainCount = min(count, Int((Double(count) * trainFraction).rounded()))
        let validationCount = min(count - trainCount, Int((Double(count) * validationFraction).rounded()))
        train = Array(order[0..<trainCount])
        validation = Array(order[trainCount..<(trainCount + validationCount)])
        test = Array(order[(trainCount + validationCount)...])
    }
}
