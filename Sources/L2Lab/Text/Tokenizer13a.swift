/// The `13a` tokenizer of mteval-v13a.pl, exactly as `sacrebleu` (2.x) runs it by default.
///
/// Removes `<skipped>`, joins `-\n` line breaks, turns other newlines into spaces, unescapes
/// `&quot; &amp; &lt; &gt;`, then separates punctuation: every ASCII symbol except `'`, `-`,
/// `.` and `,`; periods and commas unless both neighbours are digits; a dash after a digit.
/// Case is kept. Whitespace is Python's (`str.split()`), which includes U+001C–U+001F.
public struct Tokenizer13a: Sendable {
    private typealias Scalars = [Unicode.Scalar]

    /// Creates the tokenizer.
    public init() {}

    /// Segments already tokenized in this process: a chapter tokenizes the same turn for
    /// several experiments. Keyed by the segment's scalars (`TokenKey`), since `String`
    /// equality would take "café" for "cafe" + U+0301.
    static let segments = BoundedCache<TokenKey, [String]>(capacity: 1 << 16)

    /// The tokens of one segment. Trailing whitespace is stripped first, as `sacrebleu` does.
    public func tokenize(_ line: String) -> [String] {
        Self.segments.value(TokenKey(line)) { uncachedTokens($0.text) }
    }

    /// The tokens of one segment, found pass by pass (what `tokenize(_:)` holds).
    func uncachedTokens(_ line: String) -> [String] {
        var text = Scalars(line.unicodeScalars)
        while let last = text.last, Tokenizer13a.isWhitespace(last) {
            text.removeLast()
        }
        text = replacing("<skipped>", with: "", in: text)
        text = replacing("-\n", with: "", in: text)
        text = replacing("\n", with: " ", in: text)
        if text.contains("&") {
            text = replacing("&quot;", with: "\"", in: text)
            text = replacing("&amp;", with: "&", in: text)
            text = replacing("&lt;", with: "<", in: text)
            text = replacing("&gt;", with: ">", in: text)
        }
        text = [" "] + text + [" "]
        text = separatingSymbols(text)
        text = separatingPairs(text) { first, second in
            !Tokenizer13a.isDigit(first) && (second == "." || second == ",")
                ? [first, " ", second, " "] : nil
        }
        text = separatingPairs(text) { first, second in
            (first == "." || first == ",") && !Tokenizer13a.isDigit(second)
                ? [" ", first, " ", second] : nil
        }
        text = separatingPairs(text) { first, second in
            Tokenizer13a.isDigit(first) && second == "-" ? [first, " ", second, " "] : nil
        }
        return text.split(whereSeparator: Tokenizer13a.isWhitespace).map { String(scalars: $0) }
    }

    // MARK: - Regular-expression steps

    /// Python's `str.replace`: non-overlapping occurrences, left to right.
    private func replacing(_ target: String, with replacement: String, in text: Scalars) -> Scalars {
        let pattern = Scalars(target.unicodeScalars)
        guard text.contains(pattern[0]) else { return text }
        let substitute = Scalars(replacement.unicodeScalars)
        var result: Scalars = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let end = index + pattern.count
            if end <= text.count && text[index..<end].elementsEqual(pattern) {
                result += substitute
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `: pads ASCII symbols other than `' - . ,`.
    private func separatingSymbols(_ text: Scalars) -> Scalars {
        var result: Scalars = []
        result.reserveCapacity(text.count + text.count / 2)
        for scalar in text {
            let value = scalar.value
            let isSymbol = (0x7B...0x7E).contains(value) || (0x5B...0x60).contains(value)
                || (0x20...0x26).contains(value) || (0x28...0x2B).contains(value)
                || (0x3A...0x40).contains(value) || value == 0x2F
            if isSymbol {
                result.append(" ")
                result.append(scalar)
                result.append(" ")
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// A two-character regular-expression substitution, scanned left to right without overlap
    /// as `re.sub` does: `rewrite` returns the replacement of a matching pair, or nil.
    private func separatingPairs(_ text: Scalars,
                                 _ rewrite: (Unicode.Scalar, Unicode.Scalar) -> Scalars?) -> Scalars {
        var result: Scalars = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + 1 < text.count, let replacement = rewrite(text[index], text[index + 1]) {
                result += replacement
                index += 2
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    // MARK: - Character classes

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// Python's `str.isspace`: Unicode White_Space plus the separators U+001C–U+001F.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x09...0x0D).contains(value) || (0x1C...0x20).contains(value) }
        return scalar.properties.isWhitespace
    }
}
