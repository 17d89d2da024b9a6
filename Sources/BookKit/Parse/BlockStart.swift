/// How the blocks that matter to `CodeBlockScanner` start, as cmark 0.30 recognizes them; each
/// reads a line from its first non-space character.
enum BlockStart {
    /// An opening code fence: its character and length.
    static func openingFence(_ text: [UInt8]) -> (UInt8, Int)? {
        guard let marker = text.first, marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~")
        else { return nil }
        let length = text.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        if marker == UInt8(ascii: "`") && text.dropFirst(length).contains(marker) { return nil }
        return (marker, length)
    }

    /// Whether the line is an ATX heading (`## Title`).
    static func isATXHeading(_ text: [UInt8]) -> Bool {
        let hashes = text.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return false }
        return hashes == text.count || text[hashes] == 0x20 || text[hashes] == 0x09 || text[hashes] == 0x0D
    }

    /// Whether the line is a thematic break (`***`, `- - -`).
    static func isThematicBreak(_ text: [UInt8]) -> Bool {
        guard let marker = text.first, "*-_".utf8.contains(marker),
              text.allSatisfy({ $0 == marker || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
        else { return false }
        return text.filter { $0 == marker }.count >= 3
    }

    /// Whether the line can underline a paragraph into a heading (`===`, `---`).
    static func isSetextUnderline(_ text: [UInt8]) -> Bool {
        guard let marker = text.first, marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-")
        else { return false }
        return text.drop { $0 == marker }.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    // MARK: - HTML blocks

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The type (1 to 7) of the HTML block `text` starts; type 7 only where it may interrupt
    /// (not a paragraph, nor a line that could continue one lazily).
    static func htmlStart(_ text: [UInt8], canInterrupt: Bool) -> Int? {
        guard text.first == UInt8(ascii: "<") else { return nil }
        let lower = String(decoding: text, as: UTF8.self).lowercased()
        let name = lower.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let afterName = lower.dropFirst(1 + name.count).first
        if ["script", "pre", "style", "textarea"].contains(name),
           afterName.map({ " \t>\r".contains($0) }) ?? true {
            return 1
        }
        if lower.hasPrefix("<!--") { return 2 }
        if lower.hasPrefix("<?") { return 3 }
        if lower.hasPrefix("<![cdata[") { return 5 }
        if lower.hasPrefix("<!"), let letter = lower.dropFirst(2).first, letter.isASCII && letter.isLetter {
            return 4
        }
        let closing = lower.hasPrefix("</")
        let tag = lower.dropFirst(closing ? 2 : 1).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let afterTag = lower.dropFirst((closing ? 2 : 1) + tag.count)
        if blockTags.contains(String(tag)),
           afterTag.isEmpty || [" ", "\t", ">", "\r"].contains(afterTag.first!) || afterTag.hasPrefix("/>") {
            return 6
        }
        return canInterrupt && isCompleteTag(Array(text)) ? 7 : nil
    }

    /// Whether `text` is one complete open or closing tag followed only by white space.
    private static func isCompleteTag(_ text: [UInt8]) -> Bool {
        var position = 1
        func at(_ index: Int) -> UInt8 { index < text.count ? text[index] : 0 }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(byte) }
        func skipSpaces() { while isSpace(at(position)) { position += 1 } }
        let closing = at(position) == UInt8(ascii: "/")
        if closing { position += 1 }
        guard isLetter(at(position)) else { return false }
        while isLetter(at(position)) || isDigit(at(position)) || at(position) == UInt8(ascii: "-") {
            position += 1
        }
        if closing {
            skipSpaces()
        } else {
            while true {
                let before = position
                skipSpaces()
                let name = at(position)
                guard position > before, isLetter(name) || "_:".utf8.contains(name) else {
                    position = before
                    break
                }
                while isLetter(at(position)) || isDigit(at(position)) || "_.:-".utf8.contains(at(position)) {
                    position += 1
                }
                let afterName = position
                skipSpaces()
                guard at(position) == UInt8(ascii: "=") else { position = afterName; continue }
                position += 1
                skipSpaces()
                let quote = at(position)
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let end = text[(position + 1)...].firstIndex(of: quote) else { return false }
                    position = end + 1
                } else {
                    let valueStart = position
                    while position < text.count, !isSpace(text[position]),
                          !"\"'=<>`".utf8.contains(text[position]) { position += 1 }
                    guard position > valueStart else { return false }
                }
            }
            skipSpaces()
            if at(position) == UInt8(ascii: "/") { position += 1 }
        }
        guard at(position) == UInt8(ascii: ">") else { return false }
        return text[(position + 1)...].allSatisfy(isSpace)
    }

    /// Whether a line of an HTML block of `type` (from its first non-space) ends the block.
    static func endsHTML(_ type: Int, _ text: [UInt8]) -> Bool {
        let line = String(decoding: text, as: UTF8.self).lowercased()
        switch type {
        case 1: return ["</script>", "</pre>", "</style>", "</textarea>"].contains { line.contains($0) }
        case 2: return line.contains("-->")
        case 3: return line.contains("?>")
        case 4: return line.contains(">")
        case 5: return line.contains("]]>")
        default: return false
        }
    }
}
