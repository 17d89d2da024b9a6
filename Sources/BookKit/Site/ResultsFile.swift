/// `results.json`: every value the chapters exported, by chapter in reading order and by
/// name in sorted order, with the numbers exactly as the programs wrote them.
enum ResultsFile {
    static let name = "results.json"

    static func json(_ chapters: [(name: String, exports: [ExportedValue])]) -> String {
        var out = "{\n  \"chapters\": {"
        for (position, chapter) in chapters.enumerated() {
            out += position == 0 ? "\n" : ",\n"
            out += "    \(quoted(chapter.name)): {"
            let values = chapter.exports.sorted { $0.name < $1.name }
            for (index, value) in values.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                out += "      \(quoted(value.name)): \(value.json)"
            }
            out += values.isEmpty ? "}" : "\n    }"
        }
        out += chapters.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return out
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }
}
