/// Pandoc's bracketed span that marks a piece of prose as another language: `[文本]{lang=zh}`,
/// so that the page gives it that `lang` (and browsers a suitable font). The text inside is
/// one run of plain text (inline values allowed); a span whose brackets hold emphasis, a
/// link or a second `[` is left as it is written.
enum LanguageSpanScanner {
    struct Span {
        /// The text between the brackets.
        var text: String
        /// The language tag after `lang=` (`zh`, `zh-Hant`, `ja`).
        var language: String
    }

    /// `text` split into plain pieces and language spans.
    static func pieces(of text: String) -> [MarkSplitter.Piece<Span>] {
        MarkSplitter.split(text) { scalars, start in
            guard scalars[start] == "[", start + 1 < scalars.count,
                  scalars[start + 1] != "^", scalars[start + 1] != "@" else { return nil }
            var close = start + 1
            while close < scalars.count, scalars[close] != "]" {
                if scalars[close] == "[" { return nil }
                close += 1
            }
            guard close > start + 1, close < scalars.count else { return nil }
            let opening = Array("{lang=".unicodeScalars)
            guard close + opening.count < scalars.count,
                  Array(scalars[(close + 1)...(close + opening.count)]) == opening else { return nil }
            var end = close + 1 + opening.count
            let tagStart = end
            while end < scalars.count, isTagScalar(scalars[end]) { end += 1 }
            guard end > tagStart, end < scalars.count, scalars[end] == "}" else { return nil }
            var inner = String.UnicodeScalarView()
            inner.append(contentsOf: scalars[(start + 1)..<close])
            var tag = String.UnicodeScalarView()
            tag.append(contentsOf: scalars[tagStart..<end])
            return (Span(text: String(inner), language: String(tag)), end + 1 - start)
        }
    }

    /// Letters, digits and `-`, as in a BCP 47 tag.
    private static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
    }
}
