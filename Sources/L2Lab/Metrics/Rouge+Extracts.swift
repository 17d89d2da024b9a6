extension RougeScorer {
    /// ROUGE-1 F of an extract, from tokens computed once: the sentences `chosen`, in reading
    /// order, against `referenceTokens`. The scorer's tokens of sentences joined by spaces are
    /// the sentences' tokens joined, so this equals `rouge1(target:prediction:)` on the texts.
    public func rouge1(extract chosen: [Int], of sentenceTokens: [[String]],
                       referenceTokens: [String]) -> Double {
        rouge1(targetTokens: referenceTokens,
               predictionTokens: chosen.sorted().flatMap { sentenceTokens[$0] }).fMeasure
    }

    /// The greedy oracle of extractive summarization: with the reference in hand, add the
    /// sentence that raises ROUGE-1 F the most (the first on a tie), until `maximumCount`
    /// sentences or until no sentence raises it. Returns the sentences in the order added.
    public func greedyOracle(_ sentenceTokens: [[String]], referenceTokens: [String],
                             maximumCount: Int) -> [Int] {
        var chosen: [Int] = []
        var best = 0.0
        for _ in 0..<maximumCount {
            var addition: Int? = nil
            for i in sentenceTokens.indices where !chosen.contains(i) {
                let score = rouge1(extract: chosen + [i], of: sentenceTokens,
                                   referenceTokens: referenceTokens)
                if score > best { best = score; addition = i }
            }
            guard let next = addition else { break }
            chosen.append(next)
        }
        return chosen
    }
}
