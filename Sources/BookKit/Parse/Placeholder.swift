/// Tokens that stand in the HTML template for what only execution or a later stage can fill
/// in. They use private-use code points, which cmark passes through unchanged.
enum Placeholder {
    /// What a token stands for.
    enum Kind: String {
        case cell, value, heading, math, reference
        case calloutOpen = "calloutopen", calloutClose = "calloutclose"
        case footnote, footnoteDefinition = "footnotedefinition"
        case citation
        /// The opening of a table of the prose, and the number in its caption.
        case proseTable = "prosetable", proseTableNumber = "prosetablenumber"
        /// The two ends of a span of text in another language, `[text]{lang=zh}`.
        case languageOpen = "languageopen", languageClose = "languageclose"
    }

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    static func cell(_ index: Int) -> String { token(.cell, index) }
    static func value(_ index: Int) -> String { token(.value, index) }
    static func heading(_ index: Int) -> String { token(.heading, index) }
    static func math(_ index: Int) -> String { token(.math, index) }
    static func reference(_ index: Int) -> String { token(.reference, index) }
    static func calloutOpen(_ index: Int) -> String { token(.calloutOpen, index) }
    static func calloutClose(_ index: Int) -> String { token(.calloutClose, index) }
    static func footnote(_ index: Int) -> String { token(.footnote, index) }
    static func citation(_ index: Int) -> String { token(.citation, index) }
    static func footnoteDefinition(_ index: Int) -> String { token(.footnoteDefinition, index) }
    static func proseTable(_ index: Int) -> String { token(.proseTable, index) }
    static func proseTableNumber(_ index: Int) -> String { token(.proseTableNumber, index) }
    static func languageOpen(_ index: Int) -> String { token(.languageOpen, index) }
    static func languageClose(_ index: Int) -> String { token(.languageClose, index) }

    static func token(_ kind: Kind, _ index: Int) -> String {
        "\(open)\(kind.rawValue)-\(index)\(close)"
    }

    /// `template` with every token replaced in one pass by what `replacement` returns for it
    /// (a token for which it returns nil stays). A token that is alone in a paragraph loses the
    /// `<p>` and `</p>` around it (a cell or a display formula is a block of its own), and a
    /// heading token replaces the opening `<hN>` tag just before it.
    static func fill(_ template: String, _ replacement: (Kind, Int) -> String?) -> String {
        let bytes = Array(template.utf8)
        let openBytes = Array(String(open).utf8)
        let closeBytes = Array(String(close).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            guard bytes[position] == openBytes[0], starts(bytes, with: openBytes, at: position),
                  let end = firstIndex(of: closeBytes, in: bytes, from: position + openBytes.count) else {
                out.append(bytes[position])
                position += 1
                continue
            }
            let name = String(decoding: bytes[(position + openBytes.count)..<end], as: UTF8.self)
            let after = end + closeBytes.count
            let parts = name.split(separator: "-")
            guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])), let index = Int(parts[1]),
                  let text = replacement(kind, index) else {
                out.append(contentsOf: bytes[position..<after])
                position = after
                continue
            }
            var next = after
            if kind == .heading, out.count >= 4, out[out.count - 4] == UInt8(ascii: "<"),
               out[out.count - 3] == UInt8(ascii: "h"), out[out.count - 1] == UInt8(ascii: ">") {
                out.removeLast(4)
            } else if ends(out, with: "<p>"), starts(bytes, with: Array("</p>".utf8), at: after) {
                out.removeLast(3)
                next = after + 4
                if text.hasSuffix("\n"), next < bytes.count, bytes[next] == UInt8(ascii: "\n") { next += 1 }
            }
            out.append(contentsOf: text.utf8)
            position = next
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func starts(_ bytes: [UInt8], with prefix: [UInt8], at position: Int) -> Bool {
        position + prefix.count <= bytes.count && bytes[position..<(position + prefix.count)].elementsEqual(prefix)
    }

    private static func ends(_ bytes: [UInt8], with suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return bytes.count >= tail.count && bytes[(bytes.count - tail.count)...].elementsEqual(tail)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && starts(bytes, with: needle, at: index) { return index }
            if bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }
}
