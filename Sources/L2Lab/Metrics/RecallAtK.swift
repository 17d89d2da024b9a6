/// The 1-based rank of candidate `trueIndex` when candidates are sorted by descending score.
///
/// Ties count against the model: every other candidate with the same score is ranked above
/// the true one, so a constant scorer gets the worst rank. Scores must not be NaN.
public func pessimisticRank(of trueIndex: Int, scores: [Double]) -> Int {
    precondition(scores.indices.contains(trueIndex), "true index \(trueIndex) is not a candidate")
    precondition(!scores.contains { $0.isNaN }, "scores must not be NaN")
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
public func recallAtK(_ k: Int, scores: [[Double]], trueIndices: [Int]) -> Double {
    precondition(k > 0, "k must be positive")
    precondition(scores.count == trueIndices.count, "need one true index per question")
    precondition(!scores.isEmpty, "Recall@k needs at least one question")
    var hits = 0
    for (candidateScores, trueIndex) in zip(scores, trueIndices)
    where pessimisticRank(of: trueIndex, scores: candidateScores) <= k {
        hits += 1
    }
    return Double(hits) / Double(scores.count)
}
