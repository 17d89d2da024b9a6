/// One entry of `chapters/references.bib`: its type (`article`, `inproceedings`, `book`,
/// `misc`, `online`), key, fields as plain Unicode text (TeX accents and braces resolved), and
/// the line of its `@`.
public struct BibEntry: Equatable, Sendable {
    public var type: String
    public var key: String
    /// Field names in lower case. `author` and `editor` keep their braces, so that
    /// `{Barnes and Noble}` stays one name; `BibTeXText.names` reads them.
    public var fields: [String: String]
    public var line: Int

    /// The authors (or editors), each as family name and given names.
    var names: [BibTeXText.Name] { BibTeXText.names(fields["author"] ?? fields["editor"] ?? "") }

    var year: String { fields["year"] ?? String((fields["date"] ?? "").prefix(4)) }

    /// How prose names the work: "Hoerl", "Hoerl and Kennard" (`and` is "&" in parentheses),
    /// "Bengio et al."; the title when there is no author.
    func authorText(parenthetical: Bool) -> String {
        let families = names.map(\.family)
        switch families.count {
        case 0: return fields["title"] ?? key
        case 1: return families[0]
        case 2: return families[0] + (parenthetical ? " & " : " and ") + families[1]
        default: return families[0] + " et al."
        }
    }
}
