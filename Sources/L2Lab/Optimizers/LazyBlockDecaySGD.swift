/// SGD with decoupled weight decay for steps that each update one whole block of weights,
/// decaying each block just in time.
///
/// The weights are split into consecutive blocks, and a step reads and writes every weight of
/// one block, as a step of the bigram model does with the weights of one previous word. The
/// dense rule decays every weight each step, w ← (1 - learningRate·rate)·w. Here a block
/// remembers how many decays it has received and catches up with (1 - learningRate·rate)^k when
/// it is next used, and at `finish`. It is `LazyWeightDecaySGD` with one counter per block
/// instead of one per weight, which is the same rule because a block's weights move together.
public struct LazyBlockDecaySGD: Sendable {
    /// The step size.
    public let learningRate: Double
    /// The decay rate.
    public let rate: Double
    /// Steps taken so far.
    public private(set) var step = 0
    private let blockStarts: [Int]
    private var decaysApplied: [Int]

    /// Creates the optimizer; block b holds the weights `blockStarts[b]..<blockStarts[b + 1]`.
    ///
    /// - Precondition: `blockStarts` starts at 0 and never decreases.
    public init(blockStarts: [Int], learningRate: Double, rate: Double) {
        precondition(blockStarts.first == 0, "the first block must start at 0")
        precondition(zip(blockStarts, blockStarts.dropFirst()).allSatisfy { $0 <= $1 }, "blocks out of order")
        self.blockStarts = blockStarts
        self.learningRate = learningRate
        self.rate = rate
        decaysApplied = [Int](repeating: 0, count: blockStarts.count - 1)
    }

    /// The positions of the weights of `block`.
    public func range(of block: Int) -> Range<Int> {
        blockStarts[block]..<blockStarts[block + 1]
    }

    /// Brings the weights of `block` up to date with all decays of the steps taken so far.
    ///
    /// Call it before computing the block's gradient, so that the gradient sees the weights of
    /// the dense rule.
    public mutating func catchUp(block: Int, parameters: inout [Double]) {
        let behind = step - decaysApplied[block]
        guard behind > 0 else { return }
        let factor = decayPower(1 - learningRate * rate, behind)
        parameters.withUnsafeMutableBufferPointer { weights in
            for i in range(of: block) {
                weights[i] *= factor
            }
        }
        decaysApplied[block] = step
    }

    /// Takes one step on `block`: catches it up, applies this step's decay, then subtracts
    /// learningRate·gradient[i] from its i-th weight. Other blocks wait until they are used.
    public mutating func update(block: Int, parameters: inout [Double], gradient: ArraySlice<Double>) {
        let range = range(of: block)
        precondition(gradient.count == range.count, "one gradient entry per weight of the block")
        catchUp(block: block, parameters: &parameters)
        let factor = 1 - learningRate * rate
        parameters.withUnsafeMutableBufferPointer { weights in
            gradient.withUnsafeBufferPointer { gradient in
                for offset in gradient.indices {
                    let i = range.lowerBound + offset
                    weights[i] = weights[i] * factor - learningRate * gradient[offset]
                }
            }
        }
        decaysApplied[block] = step + 1
        step += 1
    }

    /// Catches up every block, so that `parameters` equal the dense result after `step` steps.
    public mutating func finish(_ parameters: inout [Double]) {
        for block in decaysApplied.indices {
            catchUp(block: block, parameters: &parameters)
        }
    }
}
