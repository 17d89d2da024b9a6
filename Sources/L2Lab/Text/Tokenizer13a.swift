/// The `13a` tokenizer of mteval-v13a.pl, exactly as `sacrebleu` (2.x) runs it by default.
///
/// Removes `<skipped>`, joins `-\n` line breaks, turns other newlines into spaces, unescapes
/// `&quot; &amp; &lt; &gt;`, then separates punctuation: every ASCII symbol except `'`, `-`,
/// `.` and `,`; periods and commas unless both neighbours are digits; a dash after a digit.
/// Case is kept. Whitespace is Python's (`str.split()`), which includes U+001C–U+001F.
public struct Tokenizer13a: Sendable {
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

    /// The tokens of one segment, found pass by pass (what `tokenize(_:)` holds). The passes
    /// run on the scalars' values: bytes when the segment is ASCII (the common case, and
    /// several times faster), else 32-bit values; the steps are the same code either way.
    func uncachedTokens(_ line: String) -> [String] {
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            return Self.tokens(Array(line.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        return Self.tokens(line.unicodeScalars.map(\.value)).map { piece in
            String(scalars: piece.map { Unicode.Scalar($0)! })
        }
    }

    /// The tokens of the scalar values `line`, as slices of the transformed text.
    static func tokens<Unit: FixedWidthInteger>(_ line: [Unit]) -> [ArraySlice<Unit>] {
        let space = Unit(character: " ")
        var text = line
        while let last = text.last, isWhitespace(last) {
            text.removeLast()
        }
        text = replacing("<skipped>", with: "", in: text)
        text = replacing("-\n", with: "", in: text)
        text = replacing("\n", with: " ", in: text)
        if text.contains(Unit(character: "&")) {
            text = replacing("&quot;", with: "\"", in: text)
            text = replacing("&amp;", with: "&", in: text)
            text = replacing("&lt;", with: "<", in: text)
            text = replacing("&gt;", with: ">", in: text)
        }
        text = [space] + text + [space]
        text = separatingSymbols(text)
        let period = Unit(character: "."), comma = Unit(character: ","), dash = Unit(character: "-")
        text = separatingPairs(text) { first, second in
            !isDigit(first) && (second == period || second == comma)
                ? [first, space, second, space] : nil
        }
        text = separatingPairs(text) { first, second in
            (first == period || first == comma) && !isDigit(second)
                ? [space, first, space, second] : nil
        }
        text = separatingPairs(text) { first, second in
            isDigit(first) && second == dash ? [first, space, second, space] : nil
        }
        return text.split(whereSeparator: isWhitespace)
    }

    // MARK: - Regular-expression steps

    /// Python's `str.replace`: non-overlapping occurrences, left to right.
    private static func replacing<Unit: FixedWidthInteger>(
        _ target: String, with replacement: String, in text: [Unit]
    ) -> [Unit] {
        let pattern = target.unicodeScalars.map { Unit(character: $0) }
        guard text.contains(pattern[0]) else { return text }
        let substitute = replacement.unicodeScalars.map { Unit(character: $0) }
        var result: [Unit] = []
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
    private static func separatingSymbols<Unit: FixedWidthInteger>(_ text: [Unit]) -> [Unit] {
        let space = Unit(character: " ")
        var result: [Unit] = []
        result.reserveCapacity(text.count + text.count / 2)
        for unit in text {
            let isSymbol = (0x7B...0x7E).contains(unit) || (0x5B...0x60).contains(unit)
                || (0x20...0x26).contains(unit) || (0x28...0x2B).contains(unit)
                || (0x3A...0x40).contains(unit) || unit == 0x2F
            if isSymbol {
                result.append(space)
                result.append(unit)
                result.append(space)
            } else {
                result.append(unit)
            }
        }
        return result
    }

    /// A two-character regular-expression substitution, scanned left to right without overlap
    /// as `re.sub` does: `rewrite` returns the replacement of a matching pair, or nil.
    private static func separatingPairs<Unit: FixedWidthInteger>(
        _ text: [Unit], _ rewrite: (Unit, Unit) -> [Unit]?
    ) -> [Unit] {
        var result: [Unit] = []
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

    private static func isDigit<Unit: FixedWidthInteger>(_ unit: Unit) -> Bool {
        (0x30...0x39).contains(unit)
    }

    /// Python's `str.isspace`: Unicode White_Space plus the separators U+001C–U+001F.
    private static func isWhitespace<Unit: FixedWidthInteger>(_ unit: Unit) -> Bool {
        if unit < 0x80 { return (0x09...0x0D).contains(unit) || (0x1C...0x20).contains(unit) }
        return Unicode.Scalar(UInt32(unit))!.properties.isWhitespace
    }
}

private extension FixedWidthInteger {
    /// The value of `character`, which fits (the tokenizer's literals are ASCII).
    init(character: Unicode.Scalar) {
        self.init(character.value)
    }
}
