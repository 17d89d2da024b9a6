import NotebookChannel

/// `results.json`: every value the chapters exported, by chapter in reading order and by
/// name in sorted order, with the numbers exactly as the programs wrote them.
enum ResultsFile {
    static let name = "results.json"

    static func json(_ chapters: [(name: String, exports: [ExportedValue])]) -> String {
        var out = "{\n  \"chapters\": {"
        for (position, chapter) in chapters.enumerated() {
            out += position == 0 ? "\n" : ",\n"
            out += "    \(JSON.string(chapter.name)): {"
            let values = chapter.exports.sorted { $0.name < $1.name }
            for (index, value) in values.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                out += "      \(JSON.string(value.name)): \(value.json)"
            }
            out += values.isEmpty ? "}" : "\n    }"
        }
        out += chapters.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return out
    }
}
