/// One ACLSum paper: its sentences, three aspect summaries and per-sentence highlight labels.
public struct ACLSumDocument: Sendable, Equatable {
    /// The ACL Anthology identifier, such as `P06-1112` or `2020.acl-main.528`.
    public var id: String
    /// The paper's title.
    public var title: String
    /// The sentences of each section, in reading order.
    public var sentences: ACLSumSections<[String]>
    /// For each aspect and section, one label per sentence: `true` when the sentence is highlighted.
    public var highlights: ACLSumAspects<ACLSumSections<[Bool]>>
    /// The abstractive summary of each aspect.
    public var summaries: ACLSumAspects<String>

    /// Creates a document; each highlight list has as many labels as its section has sentences.
    public init(
        id: String,
        title: String,
        sentences: ACLSumSections<[String]>,
        highlights: ACLSumAspects<ACLSumSections<[Bool]>>,
        summaries: ACLSumAspects<String>
    ) {
        self.id = id
        self.title = title
        self.sentences = sentences
        self.highlights = highlights
        self.summaries = summaries
    }

    /// The highlighted sentences of `aspect`, in section and reading order.
    public func highlightedSentences(for aspect: ACLSumAspect) -> [String] {
        ACLSumSection.allCases.flatMap { section in
            zip(sentences[section], highlights[aspect][section]).filter(\.1).map(\.0)
        }
    }
}
