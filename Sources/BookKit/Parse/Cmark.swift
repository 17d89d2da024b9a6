import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// A fenced code block as cmark sees it.
struct FencedBlock: Equatable {
    /// The info string after the opening fence (`swift hidden`).
    var info: String
    /// The code, ending with a newline.
    var code: String
    /// The 1-based line of the opening fence.
    var line: Int
    /// The 1-based byte column of the opening fence.
    var column: Int
    /// The last line of the block (its closing fence, when it has one).
    var endLine: Int
}

/// Adjacent text of one inline sequence, with no markup, line break or code span inside.
struct TextRun: Equatable {
    /// The text, unescaped.
    var text: String
    /// The 1-based line the text starts on.
    var line: Int
    /// The 1-based byte column the text starts at.
    var column: Int
}

/// A heading: its level (1 to 6), plain text and line.
struct Heading: Equatable {
    var level: Int
    var text: String
    var line: Int
}

/// Raw HTML in a chapter: a block of its own, or a tag inside prose.
struct RawHTML: Equatable {
    var isBlock: Bool
    /// The 1-based line it starts on.
    var line: Int
}

/// The parts of a Markdown document that the book cares about, in document order.
struct MarkdownOutline {
    var fencedBlocks: [FencedBlock] = []
    var textRuns: [TextRun] = []
    var headings: [Heading] = []
    var rawHTML: [RawHTML] = []
}

/// Changes to make before cmark renders a document. Each closure receives the position of
/// the element in document order; `nil` keeps the element as it is.
struct MarkdownRewrite {
    /// Text that replaces a fenced block, rendered as a paragraph of its own.
    var fencedBlock: (Int, FencedBlock) -> String? = { _, _ in nil }
    /// New text for a text run.
    var textRun: (Int, TextRun) -> String? = { _, _ in nil }
    /// Text inserted at the start of a heading's content.
    var headingPrefix: (Int, Heading) -> String? = { _, _ in nil }
    /// Text that replaces the thematic break (`***`) starting on the given line, rendered as a
    /// paragraph of its own.
    var thematicBreak: (_ line: Int) -> String? = { _ in nil }
}

/// The one place that talks to libcmark: parse, walk, rewrite, render, free.
/// No C pointer leaves this file.
enum Cmark {
    /// Parses `markdown` and lists its fenced blocks, text runs and headings with positions.
    static func outline(of markdown: String) -> MarkdownOutline {
        withDocument(markdown, options: 0) { document in walk(document).outline }
    }

    /// Renders `markdown` to HTML with cmark's renderer after applying `rewrite`.
    /// Raw HTML and dangerous URLs are dropped unless `allowRawHTML` is set.
    static func renderHTML(_ markdown: String, allowRawHTML: Bool, rewrite: MarkdownRewrite) -> String {
        let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        return withDocument(markdown, options: options) { document in
            let walked = walk(document)
            apply(rewrite, to: walked)
            guard let html = cmark_render_html(document, options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    // MARK: - Document ownership

    private static func withDocument<T>(
        _ markdown: String,
        options: Int32,
        _ body: (OpaquePointer) -> T
    ) -> T {
        let bytes = Array(markdown.utf8)
        let document: OpaquePointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options | CMARK_OPT_SOURCEPOS)
            }
        }
        defer { cmark_node_free(document) }
        return body(document)
    }

    // MARK: - Walking

    private struct Walked {
        var outline = MarkdownOutline()
        var blockNodes: [OpaquePointer] = []
        var runNodes: [[OpaquePointer]] = []
        var headingNodes: [OpaquePointer] = []
        var thematicBreaks: [(node: OpaquePointer, line: Int)] = []
    }

    private static func walk(_ document: OpaquePointer) -> Walked {
        var walked = Walked()
        var run: (nodes: [OpaquePointer], text: String, line: Int, column: Int)?
        var lineInBlock = 0
        var blockLine = 1
        var headingText: String?

        func closeRun() {
            guard let open = run else { return }
            walked.outline.textRuns.append(TextRun(text: open.text, line: open.line, column: open.column))
            walked.runNodes.append(open.nodes)
            run = nil
        }

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT {
                let literal = string(cmark_node_get_literal(node))
                headingText? += literal
                if run == nil {
                    let line = blockLine + lineInBlock
                    let column = Int(cmark_node_get_start_column(node))
                    run = ([], "", line, column > 0 ? column : 1)
                }
                run!.nodes.append(node)
                run!.text += literal
                continue
            }
            closeRun()
            switch type {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                lineInBlock += 1
                headingText? += " "
            case CMARK_NODE_CODE:
                headingText? += string(cmark_node_get_literal(node))
            case CMARK_NODE_THEMATIC_BREAK:
                walked.thematicBreaks.append((node, Int(cmark_node_get_start_line(node))))
            case CMARK_NODE_HTML_BLOCK:
                let line = Int(cmark_node_get_start_line(node))
                walked.outline.rawHTML.append(RawHTML(isBlock: true, line: line))
            case CMARK_NODE_HTML_INLINE:
                walked.outline.rawHTML.append(RawHTML(isBlock: false, line: blockLine + lineInBlock))
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if event == CMARK_EVENT_ENTER {
                    blockLine = Int(cmark_node_get_start_line(node))
                    lineInBlock = 0
                }
                if type == CMARK_NODE_HEADING {
                    if event == CMARK_EVENT_ENTER {
                        headingText = ""
                    } else {
                        let level = Int(cmark_node_get_heading_level(node))
                        walked.outline.headings.append(
                            Heading(level: level, text: headingText ?? "", line: blockLine)
                        )
                        walked.headingNodes.append(node)
                        headingText = nil
                    }
                }
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node))
                let block = FencedBlock(
                    info: info,
                    code: string(cmark_node_get_literal(node)),
                    line: Int(cmark_node_get_start_line(node)),
                    column: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node))
                )
                walked.outline.fencedBlocks.append(block)
                walked.blockNodes.append(node)
            default:
                break
            }
        }
        closeRun()
        return walked
    }

    // MARK: - Rewriting

    private static func apply(_ rewrite: MarkdownRewrite, to walked: Walked) {
        for (index, nodes) in walked.runNodes.enumerated() {
            guard let text = rewrite.textRun(index, walked.outline.textRuns[index]) else { continue }
            cmark_node_set_literal(nodes[0], text)
            for node in nodes.dropFirst() {
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
        for (index, node) in walked.headingNodes.enumerated() {
            guard let prefix = rewrite.headingPrefix(index, walked.outline.headings[index]) else { continue }
            let text = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(text, prefix)
            cmark_node_prepend_child(node, text)
        }
        for (index, node) in walked.blockNodes.enumerated() {
            guard let replacement = rewrite.fencedBlock(index, walked.outline.fencedBlocks[index]) else {
                continue
            }
            replace(node, byParagraphOf: replacement)
        }
        for (node, line) in walked.thematicBreaks {
            guard let replacement = rewrite.thematicBreak(line) else { continue }
            replace(node, byParagraphOf: replacement)
        }
    }

    private static func replace(_ node: OpaquePointer, byParagraphOf replacement: String) {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
        let text = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(text, replacement)
        cmark_node_append_child(paragraph, text)
        cmark_node_replace(node, paragraph)
        cmark_node_free(node)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
