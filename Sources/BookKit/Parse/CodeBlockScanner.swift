/// Where a chapter's code blocks are, found without cmark: the scans before cmark's one parse
/// (math, callouts, footnotes, tables, the student edition's cut) must leave code alone, so they
/// need its lines before the parse. It follows cmark 0.30's block parser (`blocks.c`) as far as
/// code is concerned: block quotes, list items, fenced and indented code, HTML blocks (in which a
/// fence is text) and the paragraphs an indented line continues; `CodeBlockScannerTests` holds
/// it to cmark on every example of the CommonMark specification and every chapter.
enum CodeBlockScanner {
    /// The code blocks of `markdown`, in document order.
    static func blocks(in markdown: String) -> [CodeBlockLines] {
        var scanner = BlockLineScanner()
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        if markdown.hasSuffix("\n") { lines.removeLast() }
        for line in lines { scanner.add(Array(line.utf8)) }
        return scanner.finish()
    }

    /// The 1-based lines of `markdown` that are inside code blocks, fences included.
    static func codeLines(in markdown: String) -> Set<Int> {
        Set(blocks(in: markdown).flatMap { $0.line...max($0.line, $0.endLine) })
    }
}

/// cmark's block parser, reduced to the blocks that decide where code is.
private struct BlockLineScanner {
    private enum Kind {
        case document, blockQuote, paragraph, indentedCode
        /// A heading or a thematic break: one line, no code.
        case heading
        case list(marker: UInt8, isOrdered: Bool)
        case item(width: Int)
        case fencedCode(marker: UInt8, length: Int, offset: Int)
        case html(type: Int)
    }

    private struct Node {
        var kind: Kind
        var line: Int
        var column = 0
        var info: String?
        var hasChildren = false
        /// A paragraph's text so far, for the link reference definitions it may start with.
        var text: [UInt8] = []
    }

    private var open = [Node(kind: .document, line: 1)]
    private var found: [CodeBlockLines] = []
    private var number = 0
    // The position in the current line: byte offset, virtual column (tabs stop every 4).
    private var bytes: [UInt8] = []
    private var offset = 0
    private var column = 0
    private var firstNonspace = 0
    private var indent = 0
    private var blank = false

    mutating func finish() -> [CodeBlockLines] {
        while open.count > 1 { close(atEnd: true) }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    mutating func add(_ line: [UInt8]) {
        number += 1
        bytes = line
        (offset, column) = (0, 0)
        var matched = 0
        for depth in open.indices.dropFirst() {
            findFirstNonspace()
            guard let continues = continues(depth) else { return }
            guard continues else { break }
            matched = depth
        }
        let allMatched = matched == open.count - 1
        let opened = openNewBlocks(under: matched)
        findFirstNonspace()
        if !opened && !allMatched && !blank, case .paragraph = open[open.count - 1].kind {
            open[open.count - 1].text += bytes[min(offset, bytes.count)...] + [0x0A]
            return // a lazy continuation line
        }
        if !opened { while open.count - 1 > matched { close() } }
        switch open[open.count - 1].kind {
        case .paragraph:
            open[open.count - 1].text += bytes[min(firstNonspace, bytes.count)...] + [0x0A]
        case .indentedCode, .fencedCode, .heading:
            break
        case let .html(type):
            if BlockStart.endsHTML(type, Array(bytes[min(firstNonspace, bytes.count)...])) { close() }
        default:
            if !blank {
                addChild(Node(kind: .paragraph, line: number, text: Array(bytes[firstNonspace...]) + [0x0A]))
            }
        }
    }

    // MARK: - Open blocks

    /// Whether the line continues open block `depth`; nil when it closes a fence (and so is done).
    private mutating func continues(_ depth: Int) -> Bool? {
        switch open[depth].kind {
        case .blockQuote:
            guard indent <= 3, peek(firstNonspace) == UInt8(ascii: ">") else { return false }
            advance(indent + 1, columns: true)
            if isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
        case let .item(width):
            if indent >= width {
                advance(width, columns: true)
            } else if blank && open[depth].hasChildren {
                // An item that opened with a blank line ends at the next one.
                advance(firstNonspace - offset, columns: false)
            } else {
                return false
            }
        case .indentedCode:
            if indent >= 4 {
                advance(4, columns: true)
            } else if blank {
                advance(firstNonspace - offset, columns: false)
            } else {
                return false
            }
        case let .fencedCode(marker, length, fenceOffset):
            if indent <= 3, peek(firstNonspace) == marker,
               closingFence(at: firstNonspace, marker) >= length {
                close(isClosed: true)
                return nil
            }
            var skip = fenceOffset
            while skip > 0, isSpaceOrTab(peek(offset)) {
                advance(1, columns: true)
                skip -= 1
            }
        case let .html(type):
            return type <= 5 || !blank
        case .paragraph:
            return !blank
        case .heading:
            return false
        case .document, .list:
            break
        }
        return true
    }

    /// Opens the blocks that start on this line inside `open[matched]`; whether it opened any.
    private mutating func openNewBlocks(under matched: Int) -> Bool {
        var container = matched
        var opened = false
        var maybeLazy: Bool = { if case .paragraph = open[open.count - 1].kind { true } else { false } }()
        func add(_ node: Node, _ scanner: inout BlockLineScanner) {
            if !opened { while scanner.open.count - 1 > container { scanner.close() } }
            opened = true
            scanner.addChild(node)
            container = scanner.open.count - 1
        }
        while true {
            switch open[container].kind {
            case .indentedCode, .fencedCode, .html: return opened
            default: break
            }
            findFirstNonspace()
            let isParagraph: Bool = { if case .paragraph = open[container].kind { true } else { false } }()
            let indented = indent >= 4
            let start = Array(bytes[min(firstNonspace, bytes.count)...])
            if !indented && peek(firstNonspace) == UInt8(ascii: ">") {
                advance(firstNonspace + 1 - offset, columns: false)
                if isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
                add(Node(kind: .blockQuote, line: number), &self)
            } else if !indented && BlockStart.isATXHeading(start) {
                add(Node(kind: .heading, line: number), &self)
                return true
            } else if !indented, let (marker, length) = BlockStart.openingFence(start) {
                let info = String(decoding: start.dropFirst(length), as: UTF8.self).trimmingSpaces()
                add(Node(kind: .fencedCode(marker: marker, length: length, offset: firstNonspace - offset),
                         line: number, column: firstNonspace + 1, info: String(info)), &self)
                return true
            } else if !indented,
                      let type = BlockStart.htmlStart(start, canInterrupt: !isParagraph && !maybeLazy) {
                add(Node(kind: .html(type: type), line: number), &self)
                return true
            } else if !indented && isParagraph && BlockStart.isSetextUnderline(start) {
                // Without text besides reference definitions, the line is text of the paragraph.
                let rest = ReferenceDefinitions.remainder(of: open[container].text)
                if rest.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
                    open[container].kind = .heading
                } else {
                    open[container].text = Array(rest)
                }
                return opened
            } else if !indented && BlockStart.isThematicBreak(start) {
                add(Node(kind: .heading, line: number), &self)
                return true
            } else if indent < 4, let marker = listMarker(interruptsParagraph: isParagraph) {
                let list = Kind.list(marker: marker.bullet, isOrdered: marker.isOrdered)
                let sameList: Bool = {
                    if case let .list(bullet, ordered) = open[container].kind {
                        return bullet == marker.bullet && ordered == marker.isOrdered
                    }
                    return false
                }()
                if !sameList { add(Node(kind: list, line: number), &self) }
                add(Node(kind: .item(width: marker.width), line: number), &self)
            } else if indented && !maybeLazy && !blank {
                advance(4, columns: true)
                add(Node(kind: .indentedCode, line: number, column: offset + 1), &self)
                return true
            } else {
                return opened
            }
            maybeLazy = false
        }
    }

    /// Adds `node` to the deepest open block, closing blocks that cannot hold it.
    private mutating func addChild(_ node: Node) {
        while true {
            switch (open[open.count - 1].kind, node.kind) {
            case (.list, .item), (.document, _), (.blockQuote, _), (.item, _): break
            default:
                close()
                continue
            }
            break
        }
        open[open.count - 1].hasChildren = true
        open.append(node)
    }

    /// Closes the deepest open block (cmark's `finalize`), keeping it when it is code.
    private mutating func close(atEnd: Bool = false, isClosed: Bool = false) {
        let node = open.removeLast()
        switch node.kind {
        case .fencedCode:
            found.append(CodeBlockLines(info: node.info ?? "", line: node.line, column: node.column,
                                        endLine: number, isClosed: isClosed))
        case .indentedCode:
            found.append(CodeBlockLines(info: nil, line: node.line, column: node.column,
                                        endLine: atEnd ? number : number - 1, isClosed: true))
        default:
            break
        }
    }

    // MARK: - The line

    private func peek(_ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : index == bytes.count ? UInt8(ascii: "\n") : 0
    }

    private func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private mutating func findFirstNonspace() {
        var position = offset
        var nonspaceColumn = column
        var toTab = 4 - column % 4
        while position < bytes.count {
            if bytes[position] == 0x20 {
                nonspaceColumn += 1
                toTab = toTab == 1 ? 4 : toTab - 1
            } else if bytes[position] == 0x09 {
                nonspaceColumn += toTab
                toTab = 4
            } else {
                break
            }
            position += 1
        }
        firstNonspace = position
        indent = nonspaceColumn - column
        blank = position >= bytes.count || bytes[position] == 0x0D
    }

    private mutating func advance(_ count: Int, columns: Bool) {
        var count = count
        while count > 0, offset < bytes.count {
            if bytes[offset] == 0x09 {
                let toTab = 4 - column % 4
                if columns {
                    // A tab that is only partly consumed stays at the offset.
                    let step = min(count, toTab)
                    column += step
                    offset += toTab > count ? 0 : 1
                    count -= step
                } else {
                    column += toTab
                    offset += 1
                    count -= 1
                }
            } else {
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// A list marker at the first non-space: its bullet (or delimiter), whether it is ordered,
    /// and the width of the item's indentation; the line position moves past marker and padding.
    private mutating func listMarker(
        interruptsParagraph: Bool
    ) -> (bullet: UInt8, isOrdered: Bool, width: Int)? {
        var position = firstNonspace
        let bullet: UInt8
        let isOrdered: Bool
        if [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(peek(position)) {
            bullet = peek(position)
            isOrdered = false
            position += 1
        } else {
            var digits = 0
            var start = 0
            while digits < 9, (0x30...0x39).contains(peek(position)) {
                start = start * 10 + Int(peek(position) - 0x30)
                digits += 1
                position += 1
            }
            guard digits > 0, peek(position) == UInt8(ascii: ".") || peek(position) == UInt8(ascii: ")"),
                  !interruptsParagraph || start == 1 else { return nil }
            bullet = peek(position)
            isOrdered = true
            position += 1
        }
        let after = peek(position)
        guard isSpaceOrTab(after) || after == 0x0A || after == 0x0D else { return nil }
        if interruptsParagraph {
            var rest = position
            while isSpaceOrTab(peek(rest)) { rest += 1 }
            guard peek(rest) != 0x0A && peek(rest) != 0x0D else { return nil }
        }
        let markerWidth = position - firstNonspace
        let markerOffset = indent
        advance(position - offset, columns: false)
        let saved = (offset, column)
        while column - saved.1 <= 5, isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
        let spaces = column - saved.1
        var width = markerWidth + spaces
        if spaces >= 5 || spaces < 1 || peek(offset) == 0x0A || peek(offset) == 0x0D {
            width = markerWidth + 1
            (offset, column) = saved
            if spaces > 0 { advance(1, columns: true) }
        }
        return (bullet, isOrdered, markerOffset + width)
    }

    private func closingFence(at position: Int, _ marker: UInt8) -> Int {
        let run = bytes[position...].prefix { $0 == marker }.count
        let rest = bytes[(position + run)...]
        guard run >= 3, rest.allSatisfy({ isSpaceOrTab($0) || $0 == 0x0D }) else { return 0 }
        return run
    }
}
