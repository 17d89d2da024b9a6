/// One segment of a BLEU corpus: a hypothesis with all of its references.
///
/// ``corpusBLEU(_:)`` takes one value per segment, so references cannot be passed transposed
/// (sacreBLEU's `corpus_bleu` takes one list per reference *stream* instead).
public struct BLEUSegment: Equatable, Sendable {
    /// The system output.
    public var hypothesis: String
    /// The references of this hypothesis; BLEU needs at least one.
    public var references: [String]

    /// A segment with several references.
    public init(hypothesis: String, references: [String]) {
        self.hypothesis = hypothesis
        self.references = references
    }

    /// A segment with a single reference.
    public init(hypothesis: String, reference: String) {
        self.init(hypothesis: hypothesis, references: [reference])
    }
}
