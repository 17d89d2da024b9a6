import CCmark
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The one place that talks to libcmark: parse, turn the nodes into `Block` and `Inline`
/// values, free. No C pointer leaves this file.
enum Cmark {
    /// How many documents cmark has parsed in this process (a chapter is parsed once).
    static let parseCount = Mutex(0)

    /// The blocks of `markdown`, from one cmark parse.
    static func document(of markdown: String) -> [Block] {
        withDocument(markdown) { blocks(under: $0) }
    }

    /// The fenced blocks, text runs, headings and raw HTML of `markdown`.
    static func outline(of markdown: String) -> MarkdownOutline {
        MarkdownOutline(document(of: markdown))
    }

    /// cmark's own HTML rendering of `markdown`: the reference `DocumentRenderer` is tested
    /// against. Raw HTML and dangerous URLs are dropped unless `allowRawHTML` is set.
    static func referenceHTML(_ markdown: String, allowRawHTML: Bool) -> String {
        withDocument(markdown) { document in
            guard let html = cmark_render_html(document, allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
            else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    // MARK: - Document ownership

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        parseCount.withLock { $0 += 1 }
        let bytes = Array(markdown.utf8)
        let document: OpaquePointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_SOURCEPOS)
            }
        }
        defer { cmark_node_free(document) }
        return body(document)
    }

    // MARK: - Nodes to values

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let next = child {
            nodes.append(next)
            child = cmark_node_next(next)
        }
        return nodes
    }

    private static func blocks(under parent: OpaquePointer) -> [Block] {
        children(of: parent).compactMap(block)
    }

    private static func block(_ node: OpaquePointer) -> Block? {
        let line = Int(cmark_node_get_start_line(node))
        var inlineLine = line
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(under: node, line: &inlineLine), line: line)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)),
                            inlines(under: node, line: &inlineLine), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(under: node), line: line)
        case CMARK_NODE_LIST:
            return .list(MarkdownList(
                isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                isTight: cmark_node_get_list_tight(node) != 0,
                items: children(of: node).map(blocks(under:)), line: line
            ))
        case CMARK_NODE_CODE_BLOCK:
            return .code(FencedBlock(
                info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)),
                line: line, column: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node))
            ))
        case CMARK_NODE_HTML_BLOCK:
            return .html(string(cmark_node_get_literal(node)), line: line)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(line: line)
        default:
            return nil
        }
    }

    /// The inline content of `parent`; `line` is the line the next one is on (a line break
    /// moves it on). Adjacent text nodes become one `.text`.
    private static func inlines(under parent: OpaquePointer, line: inout Int) -> [Inline] {
        var inlines: [Inline] = []
        for node in children(of: parent) {
            let literal = string(cmark_node_get_literal(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if case let .text(before, start, column) = inlines.last {
                    inlines[inlines.count - 1] = .text(before + literal, line: start, column: column)
                } else {
                    let column = Int(cmark_node_get_start_column(node))
                    inlines.append(.text(literal, line: line, column: column > 0 ? column : 1))
                }
            case CMARK_NODE_SOFTBREAK:
                line += 1
                inlines.append(.softBreak)
            case CMARK_NODE_LINEBREAK:
                line += 1
                inlines.append(.lineBreak)
            case CMARK_NODE_CODE:
                inlines.append(.code(literal))
            case CMARK_NODE_HTML_INLINE:
                inlines.append(.html(literal, line: line))
            case CMARK_NODE_EMPH:
                inlines.append(.emphasis(self.inlines(under: node, line: &line)))
            case CMARK_NODE_STRONG:
                inlines.append(.strong(self.inlines(under: node, line: &line)))
            case CMARK_NODE_LINK:
                let (url, title) = (string(cmark_node_get_url(node)), string(cmark_node_get_title(node)))
                inlines.append(.link(destination: url, title: title, self.inlines(under: node, line: &line)))
            case CMARK_NODE_IMAGE:
                let (url, title) = (string(cmark_node_get_url(node)), string(cmark_node_get_title(node)))
                inlines.append(.image(source: url, title: title, self.inlines(under: node, line: &line)))
            default:
                break
            }
        }
        return inlines
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
