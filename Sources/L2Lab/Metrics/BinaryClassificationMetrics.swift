/// Confusion counts of binary predictions and the metrics derived from them.
///
/// A ratio whose denominator is 0 is 0, as scikit-learn's `zero_division` default reports it.
public struct BinaryClassificationMetrics: Equatable, Sendable {
    /// Predicted true, labelled true.
    public var truePositives: Int
    /// Predicted true, labelled false.
    public var falsePositives: Int
    /// Predicted false, labelled false.
    public var trueNegatives: Int
    /// Predicted false, labelled true.
    public var falseNegatives: Int

    /// Counts the outcomes of `predictions` against `labels`, which must have the same length.
    public init(predictions: [Bool], labels: [Bool]) {
        precondition(predictions.count == labels.count, "need one label per prediction")
        var counts = (truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0)
        for (predicted, actual) in zip(predictions, labels) {
            switch (predicted, actual) {
            case (true, true): counts.truePositives += 1
            case (true, false): counts.falsePositives += 1
            case (false, false): counts.trueNegatives += 1
            case (false, true): counts.falseNegatives += 1
            }
        }
        truePositives = counts.truePositives
        falsePositives = counts.falsePositives
        trueNegatives = counts.trueNegatives
        falseNegatives = counts.falseNegatives
    }

    /// Number of predictions counted.
    public var count: Int { truePositives + falsePositives + trueNegatives + falseNegatives }

    /// Fraction of predictions equal to their label.
    public var accuracy: Double { ratio(truePositives + trueNegatives, count) }

    /// Fraction of positive predictions that are labelled true.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }

    /// Fraction of true labels predicted positive.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }

    /// Harmonic mean of precision and recall, `2 TP / (2 TP + FP + FN)`.
    public var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
