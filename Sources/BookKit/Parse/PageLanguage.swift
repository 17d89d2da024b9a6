/// The language of a book's pages, from `language:` in `chapters/book.yml`: the `lang` of every
/// page and the words the engine writes itself (see `PageWords`).
public enum PageLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"

    /// The words the engine writes in this language.
    var words: PageWords {
        switch self {
        case .english: return .english
        case .chinese: return .chinese
        }
    }
}
