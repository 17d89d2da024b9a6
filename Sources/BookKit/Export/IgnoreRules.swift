import Foundation

/// The patterns of a book's `.gitignore` (the one at its root), which the student's copy
/// leaves out like git does, so that a copy holds what a clone of the book holds and not what
/// one machine made (`Package.resolved`, `__pycache__/`, object files). Each line is a pattern
/// as git reads it: a blank line or `#` starts nothing; a trailing `/` matches folders only; a
/// pattern with another `/` is matched against the path from the root, one without against
/// every name; `*`, `?` and `[…]` do not cross a `/`. Negations (`!`) and `**` are not
/// supported and their lines are skipped: a file that only a negation brings back stays out of
/// the copy, and a file that only a `**` pattern ignores goes into it.
struct IgnoreRules {
    private struct Rule {
        var pattern: String
        var foldersOnly: Bool
        var anchored: Bool
    }

    private var rules: [Rule] = []

    /// The rules of `text`, a `.gitignore` file.
    init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            var pattern = String(line)
            while pattern.hasSuffix(" ") && !pattern.hasSuffix("\\ ") { pattern.removeLast() }
            guard !pattern.isEmpty, !pattern.hasPrefix("#"), !pattern.hasPrefix("!"), !pattern.contains("**")
            else { continue }
            let foldersOnly = pattern.hasSuffix("/")
            if foldersOnly { pattern.removeLast() }
            let anchored = pattern.contains("/")
            if pattern.hasPrefix("/") { pattern.removeFirst() }
            guard !pattern.isEmpty else { continue }
            rules.append(Rule(pattern: pattern, foldersOnly: foldersOnly, anchored: anchored))
        }
    }

    /// The rules of the `.gitignore` at `root`; none when it has none.
    init(bookRoot root: URL) {
        self.init((try? String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? "")
    }

    /// Whether `path` (relative to the root, `/`-separated) is ignored. A file under an ignored
    /// folder is left out with its folder, which is checked first.
    func ignores(_ path: String, isFolder: Bool) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return rules.contains { rule in
            guard isFolder || !rule.foldersOnly else { return false }
            return fnmatch(rule.pattern, rule.anchored ? path : name, FNM_PATHNAME) == 0
        }
    }
}
