/// Link reference definitions (`[label]: /url "title"`) at the start of a paragraph, read as
/// cmark 0.30 reads them (`cmark_parse_reference_inline`): a paragraph made only of them is no
/// paragraph, so a `===` or `---` line after it is text, not a heading's underline. That decides
/// whether an indented line after it is code, which is all `CodeBlockScanner` needs them for.
enum ReferenceDefinitions {
    /// The content of a paragraph (`text`, its lines ended by newlines) after its leading
    /// reference definitions.
    static func remainder(of text: [UInt8]) -> ArraySlice<UInt8> {
        var rest = text[...]
        while rest.first == UInt8(ascii: "["), let length = definitionLength(rest) {
            rest = rest.dropFirst(length)
        }
        return rest
    }

    /// The length of the definition at the start of `text`, through its line end.
    private static func definitionLength(_ text: ArraySlice<UInt8>) -> Int? {
        var position = text.startIndex
        func at(_ index: Int) -> UInt8 { index < text.endIndex ? text[index] : 0 }
        func skipSpaces() { while at(position) == 0x20 || at(position) == 0x09 { position += 1 } }
        func skipSpacesAndOneNewline() {
            skipSpaces()
            if at(position) == 0x0A { position += 1 }
            skipSpaces()
        }
        func skipLineEnd() -> Bool {
            if at(position) == 0x0A { position += 1; return true }
            return position == text.endIndex
        }
        // The label: up to 999 characters, no unescaped bracket, not blank.
        position += 1
        var hasContent = false
        while at(position) != UInt8(ascii: "]") {
            let byte = at(position)
            guard byte != 0, byte != UInt8(ascii: "["), position - text.startIndex <= 1000
            else { return nil }
            if byte == UInt8(ascii: "\\"), isPunctuation(at(position + 1)) { position += 1 }
            if ![0x20, 0x09, 0x0A].contains(byte) { hasContent = true }
            position += 1
        }
        guard hasContent, at(position + 1) == UInt8(ascii: ":") else { return nil }
        position += 2
        skipSpacesAndOneNewline()
        guard let destination = destinationLength(text, from: position) else { return nil }
        position += destination
        let beforeTitle = position
        skipSpacesAndOneNewline()
        let title = position == beforeTitle ? 0 : titleLength(text, from: position)
        if title > 0 { position += title } else { position = beforeTitle }
        skipSpaces()
        if !skipLineEnd() {
            guard title > 0 else { return nil }
            position = beforeTitle
            skipSpaces()
            guard skipLineEnd() else { return nil }
        }
        return position - text.startIndex
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// `<…>` without a line end or an unescaped `<`, or a run without spaces or controls
    /// whose parentheses balance.
    private static func destinationLength(_ text: ArraySlice<UInt8>, from start: Int) -> Int? {
        func at(_ index: Int) -> UInt8 { index < text.endIndex ? text[index] : 0 }
        var position = start
        if at(position) == UInt8(ascii: "<") {
            position += 1
            while at(position) != UInt8(ascii: ">") {
                let byte = at(position)
                guard byte != 0, byte != 0x0A, byte != UInt8(ascii: "<") else { return nil }
                position += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            return position + 1 - start
        }
        var depth = 0
        while position < text.endIndex {
            let byte = text[position]
            if byte == UInt8(ascii: "\\") && isPunctuation(at(position + 1)) {
                position += 2
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
                guard depth <= 32 else { return nil }
            } else if byte == UInt8(ascii: ")") {
                guard depth > 0 else { break }
                depth -= 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            }
            position += 1
        }
        return position == start || depth != 0 ? nil : position - start
    }

    /// `"…"`, `'…'` or `(…)`, with backslash escapes; 0 when there is none.
    private static func titleLength(_ text: ArraySlice<UInt8>, from start: Int) -> Int {
        func at(_ index: Int) -> UInt8 { index < text.endIndex ? text[index] : 0 }
        let open = at(start)
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return 0
        }
        var position = start + 1
        while at(position) != close {
            let byte = at(position)
            guard byte != 0, !(open == UInt8(ascii: "(") && byte == open) else { return 0 }
            position += byte == UInt8(ascii: "\\") && isPunctuation(at(position + 1)) ? 2 : 1
        }
        return position + 1 - start
    }
}
