/// Tokens that stand in the HTML template for what only execution can fill in. They use
/// private-use code points, which cmark passes through unchanged.
enum Placeholder {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    static func cell(_ index: Int) -> String { "\(open)cell-\(index)\(close)" }
    static func value(_ index: Int) -> String { "\(open)value-\(index)\(close)" }
    static func heading(_ index: Int) -> String { "\(open)heading-\(index)\(close)" }
    static func math(_ index: Int) -> String { "\(open)math-\(index)\(close)" }
}
