/// The fixed sizes and hyperparameters of every workload.
///
/// They are written into the exported data file, so the NumPy reference reads the same values
/// instead of repeating them.
struct BenchmarkSettings {
    /// L2 strength of the logistic regressions (penalty on the weights, not the bias).
    var logisticLambda = 1e-4
    /// Step size of full-batch gradient descent.
    var fullBatchLearningRate = 0.5
    /// Epochs (one update each) of full-batch gradient descent.
    var fullBatchEpochs = 50
    /// Step size of minibatch SGD.
    var minibatchLearningRate = 0.1
    /// Epochs of minibatch SGD.
    var minibatchEpochs = 50
    /// Examples per minibatch (the last of an epoch may be smaller).
    var batchSize = 32
    /// Seed of the per-epoch permutations of minibatch SGD.
    var minibatchSeed: UInt64 = 7
    /// Number of two-speaker Chit-Chat conversations, in the loader's (id) order.
    var conversationCount = 1000
    /// Minimum count of a Chit-Chat token to get its own id.
    var vocabularyMinimumCount = 2
    /// Step size of the bigram model's SGD.
    var bigramLearningRate = 0.1
    /// L2 strength of the bigram model (on every weight).
    var bigramLambda = 1e-5
    /// Seed of the order in which the bigrams are visited.
    var bigramSeed: UInt64 = 11
    /// Sizes n of the n × n matrix products.
    var matrixSizes = [256, 512, 1024]
}
