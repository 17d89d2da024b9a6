/// Splits text into tokens the way Google's `rouge-score` package does.
///
/// The text is lower-cased with Unicode's full lower-case mapping (as Python's `str.lower`),
/// every character outside `[a-z0-9]` becomes a separator, and the runs between separators
/// are the tokens. So non-ASCII letters split words (`"café"` gives `["caf"]`), except the
/// few whose lower case is ASCII: `"İ"` (U+0130) gives `"i"` and the Kelvin sign gives `"k"`.
/// With `usesStemmer`, tokens longer than three characters go through ``PorterStemmer``.
public struct RougeTokenizer: Sendable {
    /// Whether tokens longer than three characters are stemmed.
    public var usesStemmer: Bool

    /// Creates a tokenizer; `usesStemmer` matches `RougeScorer(use_stemmer=...)`.
    public init(usesStemmer: Bool = false) {
        self.usesStemmer = usesStemmer
    }

    /// The tokens of `text`, in order of appearance.
    public func tokenize(_ text: String) -> [String] {
        let stemmer = PorterStemmer()
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func finishToken() {
            guard !current.isEmpty else { return }
            let word = String(current)
            tokens.append(usesStemmer && current.count > 3 ? stemmer.stem(word) : word)
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            for lowered in RougeTokenizer.lowercaseMapping(of: scalar) {
                if RougeTokenizer.isTokenCharacter(lowered) {
                    current.append(lowered)
                } else {
                    finishToken()
                }
            }
        }
        finishToken()
        return tokens
    }

    /// The full lower-case mapping of one scalar, with a fast path for ASCII.
    private static func lowercaseMapping(of scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        if scalar.isASCII {
            let value = scalar.value
            let lowered = (65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar
            return String(lowered).unicodeScalars
        }
        return scalar.properties.lowercaseMapping.unicodeScalars
    }

    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (97...122).contains(scalar.value) || (48...57).contains(scalar.value)
    }
}
