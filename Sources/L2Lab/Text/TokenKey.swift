/// A token compared by its Unicode scalars (code points), as Python compares strings.
///
/// Swift's `String` equality is canonical equivalence: `"café"` spelled with U+00E9 equals
/// `"cafe"` + U+0301. sacreBLEU, rouge-score and the Python definitions of the metrics compare
/// code points, so the library keys tokens and n-grams by `TokenKey`: two keys are equal when
/// their scalar sequences are equal, and they are ordered lexicographically by scalar value
/// (the same as UTF-8 byte order). For ASCII text both agree with `String`'s `==` and `<`.
public struct TokenKey: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    /// The token's text, unchanged.
    public let text: String

    /// The key of `text`.
    public init(_ text: String) {
        self.text = text
    }

    /// The key of a literal token.
    public init(stringLiteral value: String) {
        text = value
    }

    /// The token's text.
    public var description: String { text }

    /// Equal when the UTF-8 bytes, and so the Unicode scalars, are equal.
    public static func == (lhs: TokenKey, rhs: TokenKey) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// Lexicographic order of the UTF-8 bytes, which is the order of the scalar values.
    public static func < (lhs: TokenKey, rhs: TokenKey) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
    }

    /// Hashes the UTF-8 bytes and a terminator (0xFF never occurs in UTF-8), so that the
    /// n-grams `["ab", "c"]` and `["a", "bc"]` feed different streams to the hasher.
    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(UInt8(0xFF))
    }

    private func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = text
        return copy.withUTF8(body)
    }
}
