/// Precision, recall and F-measure of one ROUGE comparison, each in [0, 1].
public struct RougeScore: Equatable, Sendable {
    /// Matches divided by the prediction's size.
    public var precision: Double
    /// Matches divided by the target's size.
    public var recall: Double
    /// Harmonic mean of precision and recall; 0 when both are 0.
    public var fMeasure: Double

    /// Creates a score from its three parts.
    public init(precision: Double, recall: Double, fMeasure: Double) {
        self.precision = precision
        self.recall = recall
        self.fMeasure = fMeasure
    }

    /// The score with the given precision and recall and their harmonic mean, as `rouge-score`.
    init(precision: Double, recall: Double) {
        let fMeasure = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        self.init(precision: precision, recall: recall, fMeasure: fMeasure)
    }

    static let zero = RougeScore(precision: 0, recall: 0, fMeasure: 0)
}

/// ROUGE-N, ROUGE-L and ROUGE-Lsum as `rouge_score.rouge_scorer.RougeScorer` computes them.
///
/// Texts are split by ``RougeTokenizer``. The target is the reference (ground truth), the
/// prediction is the generated text, matching the argument order of `RougeScorer.score`.
public struct RougeScorer: Sendable {
    /// The tokenizer applied to targets and predictions.
    public var tokenizer: RougeTokenizer

    /// Creates a scorer; `usesStemmer` matches `RougeScorer(use_stemmer=...)`.
    public init(usesStemmer: Bool = false) {
        tokenizer = RougeTokenizer(usesStemmer: usesStemmer)
    }

    /// ROUGE-N: clipped n-gram overlap of order `order` (1 for ROUGE-1, 2 for ROUGE-2).
    ///
    /// An empty side gives precision or recall 0 (the denominator is at least 1). N-grams are
    /// compared by Unicode scalars (``TokenKey``); the tokenizer only yields ASCII tokens anyway.
    ///
    /// - Throws: ``MetricError`` when `order < 1`.
    public func rougeN(order: Int, target: String, prediction: String) throws -> RougeScore {
        try MetricError.require("ROUGE-N's order", order, atLeast: 1)
        return ngramOverlap(order: order, target: target, prediction: prediction)
    }

    /// ROUGE-1, ``rougeN(order:target:prediction:)`` of order 1 (which cannot throw).
    public func rouge1(target: String, prediction: String) -> RougeScore {
        ngramOverlap(order: 1, target: target, prediction: prediction)
    }

    /// ROUGE-2, ``rougeN(order:target:prediction:)`` of order 2 (which cannot throw).
    public func rouge2(target: String, prediction: String) -> RougeScore {
        ngramOverlap(order: 2, target: target, prediction: prediction)
    }

    /// ROUGE-N of texts already split by ``tokenizer``: the same score as
    /// ``rougeN(order:target:prediction:)`` of the texts, without tokenizing (and stemming) them
    /// again. Since the tokenizer splits at every non-alphanumeric character, the tokens of
    /// sentences joined by spaces are the sentences' tokens joined, so an extract's tokens can be
    /// assembled from its sentences' tokens.
    ///
    /// - Throws: ``MetricError`` when `order < 1`.
    public func rougeN(order: Int, targetTokens: [String], predictionTokens: [String]) throws -> RougeScore {
        try MetricError.require("ROUGE-N's order", order, atLeast: 1)
        return Self.ngramOverlap(order: order, targetTokens: targetTokens, predictionTokens: predictionTokens)
    }

    /// ROUGE-1 of texts already split by ``tokenizer`` (which cannot throw).
    public func rouge1(targetTokens: [String], predictionTokens: [String]) -> RougeScore {
        Self.ngramOverlap(order: 1, targetTokens: targetTokens, predictionTokens: predictionTokens)
    }

    /// ROUGE-N for an order already known to be positive.
    private func ngramOverlap(order: Int, target: String, prediction: String) -> RougeScore {
        Self.ngramOverlap(order: order, targetTokens: tokenizer.tokenize(target),
                          predictionTokens: tokenizer.tokenize(prediction))
    }

    private static func ngramOverlap(order: Int, targetTokens: [String], predictionTokens: [String]) -> RougeScore {
        let targetCounts = targetTokens.ngramCounts(order: order)
        let predictionCounts = predictionTokens.ngramCounts(order: order)
        var matches = 0
        var targetTotal = 0
        var predictionTotal = 0
        // Integer sums: the order of iteration cannot change them.
        for (ngram, count) in targetCounts {
            matches += min(count, predictionCounts[ngram] ?? 0)
            targetTotal += count
        }
        for count in predictionCounts.values {
            predictionTotal += count
        }
        return RougeScore(precision: Double(matches) / Double(max(predictionTotal, 1)),
                          recall: Double(matches) / Double(max(targetTotal, 1)))
    }

    /// ROUGE-L: longest common subsequence of the two token sequences.
    public func rougeL(target: String, prediction: String) -> RougeScore {
        rougeL(targetTokens: tokenizer.tokenize(target),
               predictionTokens: tokenizer.tokenize(prediction))
    }

    /// ROUGE-L of texts already split by ``tokenizer``, as ``rougeN(order:targetTokens:predictionTokens:)``.
    public func rougeL(targetTokens: [String], predictionTokens: [String]) -> RougeScore {
        guard !targetTokens.isEmpty, !predictionTokens.isEmpty else { return .zero }
        let length = Double(LongestCommonSubsequence.length(targetTokens, predictionTokens))
        return RougeScore(precision: length / Double(predictionTokens.count),
                          recall: length / Double(targetTokens.count))
    }

    /// ROUGE-Lsum: summary-level LCS over sentences separated by `"\n"` (empty lines dropped).
    ///
    /// For each target sentence, the union of its LCS with every predicted sentence is
    /// counted, each token at most as often as it occurs in both summaries.
    public func rougeLsum(target: String, prediction: String) -> RougeScore {
        let targetSentences = sentences(of: target).map(tokenizer.tokenize)
        let predictionSentences = sentences(of: prediction).map(tokenizer.tokenize)
        let targetTotal = targetSentences.reduce(0) { $0 + $1.count }
        let predictionTotal = predictionSentences.reduce(0) { $0 + $1.count }
        guard targetTotal > 0, predictionTotal > 0 else { return .zero }
        var targetLeft = tokenCounts(targetSentences)
        var predictionLeft = tokenCounts(predictionSentences)
        var hits = 0
        for sentence in targetSentences {
            for text in LongestCommonSubsequence.unionTokens(sentence, predictionSentences) {
                let token = TokenKey(text)
                if let inTarget = targetLeft[token], inTarget > 0,
                   let inPrediction = predictionLeft[token], inPrediction > 0 {
                    hits += 1
                    targetLeft[token] = inTarget - 1
                    predictionLeft[token] = inPrediction - 1
                }
            }
        }
        return RougeScore(precision: Double(hits) / Double(predictionTotal),
                          recall: Double(hits) / Double(targetTotal))
    }

    /// Lines of `text` split at `"\n"` only, as Python's `str.split("\n")`, without empty ones.
    private func sentences(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
    }

    private func tokenCounts(_ sentences: [[String]]) -> [TokenKey: Int] {
        var counts: [TokenKey: Int] = [:]
        for sentence in sentences {
            for token in sentence {
                counts[TokenKey(token), default: 0] += 1
            }
        }
        return counts
    }
}
