/// The values a chapter imports from the chapters it uses, as the text file that `Notebook`'s
/// `imported(_:_:)` reads: one value a line, `chapter<TAB>name<TAB>json<TAB>text`, in the
/// order of `uses:` and then of the names.
enum ImportedValues {
    static func text(_ chapters: [(name: String, exports: [ExportedValue])]) -> String {
        var lines: [String] = []
        for chapter in chapters {
            for value in chapter.exports.sorted(by: { $0.name < $1.name }) {
                let fields = [chapter.name, value.name, value.json, value.text].map(flattened)
                lines.append(fields.joined(separator: "\t"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Tabs and line breaks become spaces, so that a field never splits the format.
    private static func flattened(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
