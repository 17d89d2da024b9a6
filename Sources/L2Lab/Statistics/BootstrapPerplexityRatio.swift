/// The perplexity ratio of two models on the same tokens, PPL(a) / PPL(b), with a bootstrap
/// interval that resamples whole groups of tokens (conversations), since the tokens of one
/// group are not independent.
///
/// `a` and `b` are the two models' per-token negative log-likelihoods, in the same order;
/// `groupLengths` cut them into consecutive groups (tokens past the last group are left out).
/// The interval of the log ratio comes from `bootstrapRatioOfSums`, then is exponentiated.
///
/// - Throws: `MetricError` as `bootstrapRatioOfSums` does.
public func bootstrapPerplexityRatio(_ a: [Double], _ b: [Double], groupLengths: [Double],
                                     resamples: Int = 1_000, seed: UInt64) throws
    -> BootstrapInterval {
    precondition(a.count == b.count, "the two models' token losses differ in number")
    precondition(groupLengths.reduce(0, +) <= Double(a.count), "the groups need more tokens")
    func groupSums(_ losses: [Double]) -> [Double] {
        var sums: [Double] = []
        var start = 0
        for length in groupLengths {
            sums.append(losses[start..<(start + Int(length))].reduce(0, +))
            start += Int(length)
        }
        return sums
    }
    let logRatio = try bootstrapRatioOfSums(
        numerators: zip(groupSums(a), groupSums(b)).map { $0 - $1 },
        denominators: groupLengths, resamples: resamples, seed: seed)
    return BootstrapInterval(
        estimate: Elementary.exp(logRatio.estimate), lower: Elementary.exp(logRatio.lower),
        upper: Elementary.exp(logRatio.upper), confidenceLevel: logRatio.confidenceLevel,
        resampleCount: logRatio.resampleCount)
}
