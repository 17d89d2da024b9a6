import Foundation

/// Writes `BenchmarkData` as text for the NumPy reference, so both sides train on identical
/// features, tokens and orders and the reference does no preprocessing of its own.
///
/// One record per line: a key, then space-separated values. Doubles are printed in Swift's
/// shortest round-tripping form, so Python's `float` reads back the same bits.
enum DataExport {
    /// The first line of the file, naming the format.
    static let header = "# l2lab-benchmarks data v1"

    /// Writes `data` to `path`, replacing any file there.
    static func write(_ data: BenchmarkData, toPath path: String) throws {
        var lines = [header]
        func record<Value>(_ key: String, _ values: [Value]) {
            lines.append(([key] + values.map { "\($0)" }).joined(separator: " "))
        }
        let settings = data.settings
        record("logistic.lambda", [settings.logisticLambda])
        record("fullbatch.learning_rate", [settings.fullBatchLearningRate])
        record("fullbatch.epochs", [settings.fullBatchEpochs])
        record("minibatch.learning_rate", [settings.minibatchLearningRate])
        record("minibatch.batch_size", [settings.batchSize])
        record("bigram.learning_rate", [settings.bigramLearningRate])
        record("bigram.lambda", [settings.bigramLambda])
        record("matrix.sizes", settings.matrixSizes)

        let features = data.sentences.features
        record("sentences.shape", [features.rows, features.columns])
        record("sentences.row_starts", features.rowStarts)
        record("sentences.column_indices", features.columnIndices)
        record("sentences.values", features.values)
        record("sentences.labels", data.sentences.labels)
        for order in data.minibatchOrders {
            record("minibatch.order", order)
        }

        record("bigram.vocabulary_size", [data.conversations.vocabularySize])
        record("bigram.tokens", data.conversations.tokens)
        record("bigram.order", data.bigramOrder)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
