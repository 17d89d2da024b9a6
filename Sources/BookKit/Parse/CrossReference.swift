/// A reference in prose to a numbered figure or table of the same chapter: `@fig:overfit`
/// becomes a link that reads "Figure 3.2".
public struct CrossReference: Equatable, Sendable {
    /// What a reference points at, by the prefix it is written with.
    public enum Kind: String, Sendable, CaseIterable {
        case figure = "fig"
        case table = "tbl"

        /// The word the number is shown with ("Figure 3.2").
        public var word: String { self == .figure ? "Figure" : "Table" }
    }

    public var index: Int
    public var kind: Kind
    /// The label given to the figure or table by the cell API.
    public var label: String
    /// Where the `@` is.
    public var line: Int
    public var column: Int

    /// Whether `label` can be written after `@fig:` or `@tbl:`: letters, digits, `-` and `_`.
    public static func isValidLabel(_ label: String) -> Bool {
        !label.isEmpty && label.unicodeScalars.allSatisfy(isLabelScalar)
    }

    static func isLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_")
    }
}

/// Finds `@fig:label` and `@tbl:label` in a run of prose text.
enum CrossReferenceScanner {
    /// A piece of a text run: plain text, or a reference.
    enum Piece: Equatable {
        case text(String)
        case reference(CrossReference.Kind, label: String, utf8Offset: Int)
    }

    /// Splits `text` into plain text and references. A reference starts at `@` that does not
    /// follow a letter or digit (so `name@fig:x` is text), and its label ends at the first
    /// character that cannot be in a label (a final `-` or `_` is left to the text).
    static func pieces(of text: String) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var plain = String.UnicodeScalarView()
        var utf8Offset = 0
        var position = 0
        while position < scalars.count {
            if let (kind, label, length) = reference(in: scalars, at: position) {
                if !plain.isEmpty { pieces.append(.text(String(plain))) }
                plain = String.UnicodeScalarView()
                pieces.append(.reference(kind, label: label, utf8Offset: utf8Offset))
                for scalar in scalars[position..<(position + length)] { utf8Offset += UTF8.width(scalar) }
                position += length
                continue
            }
            plain.append(scalars[position])
            utf8Offset += UTF8.width(scalars[position])
            position += 1
        }
        if !plain.isEmpty { pieces.append(.text(String(plain))) }
        return pieces
    }

    private static func reference(in scalars: [Unicode.Scalar], at position: Int)
        -> (CrossReference.Kind, String, Int)? {
        guard scalars[position] == "@" else { return nil }
        if position > 0, CrossReference.isLabelScalar(scalars[position - 1]) { return nil }
        for kind in CrossReference.Kind.allCases {
            let prefix = Array((kind.rawValue + ":").unicodeScalars)
            let start = position + 1
            guard start + prefix.count <= scalars.count,
                  Array(scalars[start..<(start + prefix.count)]) == prefix else { continue }
            var end = start + prefix.count
            while end < scalars.count, CrossReference.isLabelScalar(scalars[end]) { end += 1 }
            while end > start + prefix.count, scalars[end - 1] == "-" || scalars[end - 1] == "_" { end -= 1 }
            guard end > start + prefix.count else { return nil }
            let label = String(String.UnicodeScalarView(scalars[(start + prefix.count)..<end]))
            return (kind, label, end - position)
        }
        return nil
    }
}
