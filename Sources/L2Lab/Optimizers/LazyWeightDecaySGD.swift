/// SGD with decoupled weight decay for sparse gradients, decaying each weight just in time.
///
/// The dense rule decays every weight each step, w ← (1 - learningRate·rate)·w, then subtracts
/// learningRate·g on the few active indices. Here each weight remembers how many decays it has
/// received and catches up with (1 - learningRate·rate)^k only when it becomes active, and at
/// `finish`. The result equals the dense rule up to rounding, at a cost proportional to the
/// active entries instead of the parameter count.
public struct LazyWeightDecaySGD: Sendable {
    /// The step size.
    public let learningRate: Double
    /// The decay rate.
    public let rate: Double
    /// Steps taken so far.
    public private(set) var step = 0
    /// Number of individual weight writes performed (catch-ups plus gradient updates).
    public private(set) var weightUpdateCount = 0
    private var decaysApplied: [Int]
    private let isDecayed: [Bool]
    /// Entry k is `decayPower(decayFactor, k)`, one appended per step up to `rememberedPowerCount`:
    /// a catch-up reads its factor instead of recomputing it, which costs a chain of
    /// multiplications and unpredictable branches per weight.
    private var decayPowers: [Double] = [1]
    private static let rememberedPowerCount = 4096

    /// Creates the optimizer for `parameterCount` parameters, decaying only `decayedRanges`.
    public init(parameterCount: Int, learningRate: Double, rate: Double, decayedRanges: [Range<Int>]) {
        self.learningRate = learningRate
        self.rate = rate
        decaysApplied = [Int](repeating: 0, count: parameterCount)
        var decayed = [Bool](repeating: false, count: parameterCount)
        for range in decayedRanges {
            for i in range {
                decayed[i] = true
            }
        }
        isDecayed = decayed
    }

    /// The factor 1 - learningRate·rate of one decay.
    private var decayFactor: Double { 1 - learningRate * rate }

    /// Brings the given weights up to date with all decays of the steps taken so far.
    ///
    /// Call this on the active indices before computing their gradient, so that the gradient
    /// sees the same weights as in the dense rule.
    public mutating func catchUp(_ indices: [Int], parameters: inout [Double]) {
        precondition(parameters.count == decaysApplied.count,
                     "expected \(decaysApplied.count) parameters")
        let (factor, step) = (decayFactor, step)
        var writes = 0
        isDecayed.withUnsafeBufferPointer { decayed in
            decayPowers.withUnsafeBufferPointer { powers in
                decaysApplied.withUnsafeMutableBufferPointer { applied in
                    parameters.withUnsafeMutableBufferPointer { weights in
                        for i in indices {
                            precondition(i >= 0 && i < weights.count, "parameter index \(i) out of range")
                            let missed = step - applied[i]
                            if decayed[i] && missed > 0 {
                                weights[i] *= missed < powers.count
                                    ? powers[missed] : decayPower(factor, missed)
                                applied[i] = step
                                writes += 1
                            }
                        }
                    }
                }
            }
        }
        weightUpdateCount += writes
    }

    /// Takes one step: catches up the active weights, applies this step's decay to them, then
    /// subtracts learningRate·g. Inactive weights are untouched until they are next needed.
    public mutating func update(_ parameters: inout [Double], gradient: SparseGradient) {
        precondition(gradient.values.count == gradient.indices.count,
                     "indices and values must have equal counts")
        catchUp(gradient.indices, parameters: &parameters)
        let (factor, learningRate, nextStep) = (decayFactor, learningRate, step + 1)
        isDecayed.withUnsafeBufferPointer { decayed in
            decaysApplied.withUnsafeMutableBufferPointer { applied in
                parameters.withUnsafeMutableBufferPointer { weights in
                    gradient.values.withUnsafeBufferPointer { values in
                        // catchUp has checked every index against the parameter count.
                        for (position, i) in gradient.indices.enumerated() {
                            if decayed[i] {
                                weights[i] *= factor
                                applied[i] = nextStep
                            }
                            weights[i] -= learningRate * values[position]
                        }
                    }
                }
            }
        }
        weightUpdateCount += gradient.indices.count
        step = nextStep
        if step < Self.rememberedPowerCount {
            decayPowers.append(decayPower(factor, step))
        }
    }

    /// Catches up every weight, so that `parameters` equal the dense result after `step` steps.
    public mutating func finish(_ parameters: inout [Double]) {
        catchUp(Array(0..<parameters.count), parameters: &parameters)
    }
}
