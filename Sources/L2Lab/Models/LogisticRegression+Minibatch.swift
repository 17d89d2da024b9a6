/// Minibatch gradients that cost the batch's non-zeros, not the parameter count.
///
/// Both functions are `@inlinable` so that they are specialized for the caller's collection of
/// example indices (an `ArraySlice` of a permutation, usually) instead of iterating it generically.
extension LogisticRegression {
    /// The sorted union of the parameters that `examples` touch: their features, then the bias.
    @inlinable
    public func activeParameters(examples: some Sequence<Int>) -> [Int] {
        // One bit per feature column: reading the words in order yields the union already sorted,
        // in time proportional to the batch's entries plus columns / 64.
        var marked = [UInt64](repeating: 0, count: (features.columns + 63) / 64)
        var markedCount = 0
        features.rowStarts.withUnsafeBufferPointer { starts in
            features.columnIndices.withUnsafeBufferPointer { columns in
                marked.withUnsafeMutableBufferPointer { words in
                    for example in examples {
                        precondition(example >= 0 && example < exampleCount,
                                     "example \(example) out of range")
                        for p in starts[example]..<starts[example + 1] {
                            words[columns[p] >> 6] |= 1 << UInt64(columns[p] & 63)
                        }
                        markedCount += starts[example + 1] - starts[example]
                    }
                }
            }
        }
        var result = [Int]()
        result.reserveCapacity(min(markedCount, features.columns) + 1)
        for (wordIndex, word) in marked.enumerated() {
            var bits = word
            while bits != 0 {
                result.append(wordIndex << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        result.append(features.columns)
        return result
    }

    /// Adds the data-loss gradient of each of `examples`, in their order, to `sums`.
    ///
    /// Only the entries at `activeParameters(examples:)` change. Each entry receives the same products, added
    /// in the same order, as adding the `exampleGradient`s one after another, so the results are
    /// the same bits; `sums` is caller-owned so that a minibatch loop allocates nothing per step.
    /// - Precondition: `parameters` and `sums` have `parameterCount` entries.
    @inlinable
    public func addExampleGradients(_ parameters: [Double], examples: some Sequence<Int>,
                                    to sums: inout [Double]) {
        precondition(parameters.count == parameterCount, "expected \(parameterCount) parameters")
        precondition(sums.count == parameterCount, "expected \(parameterCount) sums")
        let bias = features.columns
        parameters.withUnsafeBufferPointer { w in
            features.rowStarts.withUnsafeBufferPointer { starts in
                features.columnIndices.withUnsafeBufferPointer { columns in
                    features.values.withUnsafeBufferPointer { values in
                        sums.withUnsafeMutableBufferPointer { g in
                            for example in examples {
                                let label = labels[example] // checks the range before `starts` is read
                                let row = starts[example]..<starts[example + 1]
                                var z = w[bias]
                                for p in row {
                                    z += w[columns[p]] * values[p]
                                }
                                let error = Elementary.sigmoid(z) - label
                                for p in row {
                                    g[columns[p]] += values[p] * error
                                }
                                g[bias] += error
                            }
                        }
                    }
                }
            }
        }
    }
}
