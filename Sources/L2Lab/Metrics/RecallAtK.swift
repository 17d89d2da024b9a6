/// The 1-based rank of candidate `trueIndex` when candidates are sorted by descending score.
///
/// Ties count against the model: every other candidate with the same score is ranked above
/// the true one, so a constant scorer gets the worst rank.
///
/// - Throws: ``MetricError`` when `trueIndex` is not an index of `scores` or a score is NaN.
public func pessimisticRank(of trueIndex: Int, scores: [Double]) throws -> Int {
    guard scores.indices.contains(trueIndex) else {
        throw MetricError.invalidParameter(name: "the true index", value: "\(trueIndex)",
                                           requirement: "must be in 0..<\(scores.count)")
    }
    if let nan = scores.firstIndex(where: \.isNaN) {
        throw MetricError.invalidParameter(name: "score \(nan)", value: "NaN",
                                           requirement: "must be a number")
    }
    let trueScore = scores[trueIndex]
    var rank = 1
    for (index, score) in scores.enumerated() where index != trueIndex && score >= trueScore {
        rank += 1
    }
    return rank
}

/// Recall@k for response selection: the fraction of questions whose true candidate ranks in
/// the top `k` (by ``pessimisticRank(of:scores:)``, so ties are lost).
///
/// `scores[q]` holds one score per candidate of question `q`, `trueIndices[q]` the index of
/// its true candidate. Written R10@k when each question has 10 candidates.
///
/// - Throws: ``MetricError`` when `k < 1`, there is no question, the counts differ, or a
///   question's true index or scores are invalid.
public func recallAtK(_ k: Int, scores: [[Double]], trueIndices: [Int]) throws -> Double {
    try MetricError.require("Recall@k's k", k, atLeast: 1)
    try MetricError.requireNonEmpty("Recall@k's question list", scores)
    try MetricError.requireSameCount("scores", scores.count, "trueIndices", trueIndices.count)
    var hits = 0
    for (candidateScores, trueIndex) in zip(scores, trueIndices) {
        if try pessimisticRank(of: trueIndex, scores: candidateScores) <= k {
            hits += 1
        }
    }
    return Double(hits) / Double(scores.count)
}
