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
        var current: [UInt8] = []   // token characters are ASCII: `[a-z0-9]`
        func finishToken() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            tokens.append(usesStemmer && current.count > 3 ? stemmer.stem(word) : word)
            current.removeAll(keepingCapacity: true)
        }
        func add(_ lowered: Unicode.Scalar) {
            if RougeTokenizer.isTokenCharacter(lowered) {
                current.append(UInt8(lowered.value))
            } else {
                finishToken()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                add((65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else {
                // The full lower-case mapping, which may be several scalars.
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(add)
            }
        }
        finishToken()
        return tokens
    }

    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (97...122).contains(scalar.value) || (48...57).contains(scalar.value)
    }
}
