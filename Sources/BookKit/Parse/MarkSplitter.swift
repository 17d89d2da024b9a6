/// Splits a run of prose into plain text and the marks one extension recognizes (a footnote
/// reference, a citation, a cross-reference), keeping each piece's UTF-8 offset in the run.
enum MarkSplitter {
    enum Piece<Mark> {
        case text(String, utf8Offset: Int)
        case mark(Mark, utf8Offset: Int)
    }

    /// Scans `text` left to right; `match` returns the mark that starts at a position and its
    /// length in scalars, or nil there.
    static func split<Mark>(_ text: String,
                            match: ([Unicode.Scalar], Int) -> (Mark, Int)?) -> [Piece<Mark>] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece<Mark>] = []
        var plain = String.UnicodeScalarView()
        var plainOffset = 0
        var utf8Offset = 0
        var position = 0
        while position < scalars.count {
            if let (mark, length) = match(scalars, position) {
                if !plain.isEmpty { pieces.append(.text(String(plain), utf8Offset: plainOffset)) }
                pieces.append(.mark(mark, utf8Offset: utf8Offset))
                for scalar in scalars[position..<(position + length)] { utf8Offset += UTF8.width(scalar) }
                position += length
                plain = String.UnicodeScalarView()
                plainOffset = utf8Offset
                continue
            }
            plain.append(scalars[position])
            utf8Offset += UTF8.width(scalars[position])
            position += 1
        }
        if !plain.isEmpty { pieces.append(.text(String(plain), utf8Offset: plainOffset)) }
        return pieces
    }
}
