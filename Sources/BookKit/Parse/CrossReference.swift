/// A reference in prose to a numbered figure, table, equation or exercise, or to a chapter:
/// `@fig:overfit` becomes a link that reads "Figure 3.2", `@eq:ridge` one that reads
/// "Equation (3.2)" and `\eqref{eq:ridge}` one that reads "(3.2)"; `@fig:03-implementation/overfit`
/// names a label of another chapter, and `@ch:03-implementation` reads "Chapter 3".
public struct CrossReference: Equatable, Sendable {
    /// What a reference points at, by the prefix it is written with.
    public enum Kind: String, Sendable, CaseIterable {
        case figure = "fig"
        case table = "tbl"
        case equation = "eq"
        case chapter = "ch"
        case exercise = "ex"

        /// The word the number is shown with ("Figure 3.2").
        public var word: String {
            switch self {
            case .figure: return "Figure"
            case .table: return "Table"
            case .equation: return "Equation"
            case .chapter: return "Chapter"
            case .exercise: return "Exercise"
            }
        }
    }

    public var index: Int
    public var kind: Kind
    /// The label given to the figure, table or equation; for `@ch:`, the chapter's name.
    public var label: String
    /// Where the `@` (or `\eqref`) is.
    public var line: Int
    public var column: Int
    /// The chapter (`03-implementation`) whose label it names, when written with one.
    public var chapter: String? = nil
    /// Written `\eqref{eq:…}`: the number alone, "(3.2)".
    public var isBareNumber = false

    /// Whether `label` can be written after `@fig:` or `@tbl:`: letters, digits, `-` and `_`.
    public static func isValidLabel(_ label: String) -> Bool {
        !label.isEmpty && label.unicodeScalars.allSatisfy(isLabelScalar)
    }

    static func isLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_")
    }
}

/// Finds `@fig:label`, `@tbl:label`, `@eq:label`, `@ex:label` (each also as `@fig:chapter/label`),
/// `@ch:chapter` and `\eqref{eq:label}` in a run of prose text.
enum CrossReferenceScanner {
    /// What a reference names.
    struct Target: Equatable {
        var kind: CrossReference.Kind
        var label: String
        var chapter: String? = nil
        var isBareNumber = false
    }

    /// A piece of a text run: plain text, or a reference.
    enum Piece: Equatable {
        case text(String)
        case reference(Target, utf8Offset: Int)

        /// A reference to a label of the same chapter.
        static func reference(_ kind: CrossReference.Kind, label: String, utf8Offset: Int) -> Piece {
            .reference(Target(kind: kind, label: label), utf8Offset: utf8Offset)
        }
    }

    /// Splits `text` into plain text and references. A reference starts at `@` that does not
    /// follow a letter or digit (so `name@fig:x` is text), and its label ends at the first
    /// character that cannot be in a label (a final `-` or `_` is left to the text).
    static func pieces(of text: String) -> [Piece] {
        MarkSplitter.split(text) { scalars, position in
            reference(in: scalars, at: position) ?? eqref(in: scalars, at: position)
        }.map {
            switch $0 {
            case .text(let plain, _): return .text(plain)
            case .mark(let target, let offset): return .reference(target, utf8Offset: offset)
            }
        }
    }

    private static func reference(in scalars: [Unicode.Scalar], at position: Int) -> (Target, Int)? {
        guard scalars[position] == "@" else { return nil }
        if position > 0, CrossReference.isLabelScalar(scalars[position - 1]) { return nil }
        for kind in CrossReference.Kind.allCases {
            let prefix = Array((kind.rawValue + ":").unicodeScalars)
            let start = position + 1
            guard start + prefix.count <= scalars.count,
                  Array(scalars[start..<(start + prefix.count)]) == prefix else { continue }
            guard let (target, end) = target(kind, in: scalars, from: start + prefix.count) else {
                return nil
            }
            return (target, end - position)
        }
        return nil
    }

    /// `\eqref{eq:label}` or `\eqref{eq:chapter/label}` at `position`.
    private static func eqref(in scalars: [Unicode.Scalar], at position: Int) -> (Target, Int)? {
        let prefix = Array("\\eqref{eq:".unicodeScalars)
        guard scalars[position] == "\\", position + prefix.count <= scalars.count,
              Array(scalars[position..<(position + prefix.count)]) == prefix,
              let (found, end) = target(.equation, in: scalars, from: position + prefix.count),
              end < scalars.count, scalars[end] == "}" else { return nil }
        var target = found
        target.isBareNumber = true
        return (target, end + 1 - position)
    }

    /// The label (and chapter) that starts at `start`, and where it ends.
    private static func target(_ kind: CrossReference.Kind, in scalars: [Unicode.Scalar], from start: Int)
        -> (Target, Int)? {
        func label(from start: Int) -> (String, Int)? {
            var end = start
            while end < scalars.count, CrossReference.isLabelScalar(scalars[end]) { end += 1 }
            while end > start, scalars[end - 1] == "-" || scalars[end - 1] == "_" { end -= 1 }
            guard end > start else { return nil }
            return (String(String.UnicodeScalarView(scalars[start..<end])), end)
        }
        guard let (first, end) = label(from: start) else { return nil }
        if kind != .chapter, end < scalars.count, scalars[end] == "/",
           let (second, last) = label(from: end + 1) {
            return (Target(kind: kind, label: second, chapter: first), last)
        }
        return (Target(kind: kind, label: first), end)
    }
}
