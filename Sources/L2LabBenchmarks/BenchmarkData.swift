import L2Lab

/// ACLSum training sentences as bag-of-words rows, labelled 1 when highlighted for the challenge.
struct SentenceFeatures {
    /// One row per sentence (abstract, introduction, conclusion of each paper, in file order).
    let features: SparseMatrix
    /// 1 when the sentence is highlighted for `ACLSumAspect.challenge`, else 0.
    let labels: [Double]

    /// Tokenizes with `RougeTokenizer`; words seen fewer than `minimumCount` times become `<unk>`.
    init(documents: [ACLSumDocument], minimumCount: Int) {
        let tokenizer = RougeTokenizer()
        var sentences: [[String]] = []
        var labels: [Double] = []
        for document in documents {
            for section in ACLSumSection.allCases {
                sentences += document.sentences[section].map(tokenizer.tokenize)
                labels += document.highlights[.challenge][section].map { $0 ? 1 : 0 }
            }
        }
        let vocabulary = Vocabulary(sentences: sentences, minimumCount: minimumCount)
        features = SparseMatrix.bagOfWords(documents: sentences.map { vocabulary.encode($0) },
                                           vocabularySize: vocabulary.count)
        self.labels = labels
    }
}

/// Chit-Chat turns as one token stream for the bigram model.
struct ConversationTokens {
    /// The vocabulary size V, `<unk>`, `<s>` and `</s>` included.
    let vocabularySize: Int
    /// Every turn's ids wrapped in `<s>` … `</s>`, turns and conversations concatenated in order.
    let tokens: [Int]

    /// Keeps the first `count` conversations with exactly two speakers.
    init(conversations: [ChitChatConversation], count: Int, minimumCount: Int) {
        let tokenizer = RougeTokenizer()
        let turns = conversations.lazy.filter { $0.speakers.count == 2 }.prefix(count)
            .flatMap { conversation in conversation.turns.map { tokenizer.tokenize($0.text) } }
        let turnTokens = Array(turns)
        let vocabulary = Vocabulary(sentences: turnTokens, minimumCount: minimumCount, boundaryTokens: true)
        vocabularySize = vocabulary.count
        tokens = turnTokens.flatMap { vocabulary.encode($0, addingBoundaries: true) }
    }
}

/// Everything the workloads read, prepared once and before any timing.
struct BenchmarkData {
    let settings: BenchmarkSettings
    let sentences: SentenceFeatures
    let conversations: ConversationTokens
    /// One permutation of the sentence rows per minibatch epoch.
    let minibatchOrders: [[Int]]
    /// The positions t (bigram tokens[t-1], tokens[t]) in the order SGD visits them.
    let bigramOrder: [Int]

    /// Loads both corpora from `directory` and derives the features, tokens and visiting orders.
    init(settings: BenchmarkSettings, directory: DataDirectory) throws {
        self.settings = settings
        sentences = SentenceFeatures(documents: try ACLSumLoader(directory: directory).documents(in: .train),
                                     minimumCount: settings.vocabularyMinimumCount)
        conversations = ConversationTokens(
            conversations: try ChitChatLoader(directory: directory).conversations(),
            count: settings.conversationCount, minimumCount: settings.vocabularyMinimumCount
        )
        var generator = Xoshiro256StarStar(seed: settings.minibatchSeed)
        let sentenceCount = sentences.labels.count
        minibatchOrders = (0..<settings.minibatchEpochs).map { _ in
            Sampling.permutation(count: sentenceCount, using: &generator)
        }
        var bigramGenerator = Xoshiro256StarStar(seed: settings.bigramSeed)
        bigramOrder = Sampling.permutation(count: conversations.tokens.count - 1, using: &bigramGenerator)
            .map { $0 + 1 }
    }
}
