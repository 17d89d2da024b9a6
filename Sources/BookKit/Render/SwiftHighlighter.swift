import SwiftIDEUtils
import SwiftParser

/// Highlights Swift code at build time with the compiler's own parser and its syntax
/// classification (swift-syntax), so that the colours follow the language, not a regex.
enum SwiftHighlighter {
    /// `code` as escaped HTML, with `<span class="...">` around keywords, types, literals,
    /// comments and attributes. Code that does not parse is still highlighted token by token.
    static func html(_ code: String) -> HTML {
        let bytes = Array(code.utf8)
        var out = HTML()
        var position = 0
        for item in Parser.parse(source: code).classifications {
            let start = min(max(item.range.lowerBound.utf8Offset, position), bytes.count)
            let end = min(item.range.upperBound.utf8Offset, bytes.count)
            guard end > start else { continue }
            if start > position { out += "\(text(bytes[position..<start]))" }
            let piece = text(bytes[start..<end])
            if let name = cssClass(item.kind) {
                out += "<span class=\"\(name)\">\(piece)</span>"
            } else {
                out += "\(piece)"
            }
            position = end
        }
        if position < bytes.count { out += "\(text(bytes[position...]))" }
        return out
    }

    /// The stylesheet class of a classification; nil for plain text.
    static func cssClass(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword, .ifConfigDirective: return "kw"
        case .type: return "ty"
        case .stringLiteral, .regexLiteral: return "st"
        case .integerLiteral, .floatLiteral: return "nu"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "co"
        case .attribute: return "at"
        default: return nil
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
