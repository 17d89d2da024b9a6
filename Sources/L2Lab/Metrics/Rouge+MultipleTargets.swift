/// ROUGE against several targets, as `rouge_scorer.RougeScorer.score_multi` computes it:
/// for each metric, the score against the target with the highest F-measure (the first such
/// target on a tie, as `numpy.argmax`).
extension RougeScorer {
    /// ROUGE-N against the best of `targets`.
    ///
    /// - Throws: ``MetricError`` when `targets` is empty or `order < 1`.
    public func rougeN(order: Int, targets: [String], prediction: String) throws -> RougeScore {
        try best(targets) { try rougeN(order: order, target: $0, prediction: prediction) }
    }

    /// ROUGE-L against the best of `targets`.
    ///
    /// - Throws: ``MetricError`` when `targets` is empty.
    public func rougeL(targets: [String], prediction: String) throws -> RougeScore {
        try best(targets) { rougeL(target: $0, prediction: prediction) }
    }

    /// ROUGE-Lsum against the best of `targets`.
    ///
    /// - Throws: ``MetricError`` when `targets` is empty.
    public func rougeLsum(targets: [String], prediction: String) throws -> RougeScore {
        try best(targets) { rougeLsum(target: $0, prediction: prediction) }
    }

    /// The score with the highest F-measure, the first one on a tie.
    private func best(_ targets: [String],
                      _ score: (String) throws -> RougeScore) throws -> RougeScore {
        try MetricError.requireNonEmpty("the ROUGE target list", targets)
        var best = try score(targets[0])
        for target in targets.dropFirst() {
            let candidate = try score(target)
            if candidate.fMeasure > best.fMeasure {
                best = candidate
            }
        }
        return best
    }
}
