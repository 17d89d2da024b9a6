/// One line of an ACLSum JSON Lines file, as stored; `heuristic_highlights` is not read.
struct ACLSumRecord: Decodable {
    var id: String
    var title: String
    var summary: ACLSumAspects<String>
    var sentences: ACLSumSections<[String]>
    var highlights: ACLSumAspects<ACLSumSections<[Int]>>

    /// The typed document, after checking that every section has one label, 0 or 1, per sentence.
    ///
    /// `path` and `line` locate the record in errors.
    func document(path: String, line: Int) throws -> ACLSumDocument {
        let labels = try highlights.map { aspect, sections in
            try sections.map { section, values -> [Bool] in
                let count = sentences[section].count
                let field = "highlights.\(aspect.rawValue).\(section.rawValue)"
                let expected = "expected \(field) to hold \(count) labels of 0 or 1, one per sentence"
                if values.count != count {
                    throw DataLoadError.malformed(
                        path: path, line: line, expected: "\(expected), found \(values.count) labels"
                    )
                }
                if let bad = values.first(where: { $0 != 0 && $0 != 1 }) {
                    throw DataLoadError.malformed(
                        path: path, line: line, expected: "\(expected), found \(bad)"
                    )
                }
                return values.map { $0 == 1 }
            }
        }
        return ACLSumDocument(
            id: id, title: title, sentences: sentences, highlights: labels, summaries: summary
        )
    }
}
