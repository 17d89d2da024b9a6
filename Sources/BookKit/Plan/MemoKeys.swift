import Foundation
import SwiftParser
import SwiftSyntax

/// The keys of the program's prefixes that `memo` values are stored under, written to the file
/// that `Notebook`'s `memo(_:_:)` reads (`NOTEBOOK_MEMO_KEYS`).
///
/// For each `memo(...)` call written in a cell, the prefix is the text of the cells before it
/// and of its cell up to the end of the call; for each cell, the text up to the cell's end
/// (used when `memo` is called from a function declared in an earlier cell). Every prefix
/// also holds the declarations after it that it names, directly or through another such
/// declaration (top-level code may call a function or use a type declared further down;
/// extensions, operators and imports count whether named or not), and the chapter's other
/// inputs (`base`: libraries, toolchain, corpora, imports). Text is as written: moving a cell
/// up or down the Markdown file keeps its keys, and editing code after the call that the
/// prefix does not name keeps them too.
enum MemoKeys {
    /// One line per call site and per cell: `site<TAB>LINE<TAB>CELL<TAB>HASH` and
    /// `cell<TAB>CELL<TAB>HASH` (cell -1: the whole program, for the inline values).
    static func text(_ chapter: Chapter, base: String) -> String {
        let cells = chapter.runnableCells.map { cell in Parsed(index: cell.index, firstLine: cell.firstCodeLine,
                                                               code: cell.code) }
        var lines: [String] = []
        func hash(_ prefix: String, cell: Int, offset: Int) -> String {
            var names = Set<String>()
            for (position, parsed) in cells.enumerated() where position <= cell {
                names.formUnion(parsed.identifiers.filter { position < cell || $0.offset < offset }.map(\.text))
            }
            let later = cells.enumerated().flatMap { position, parsed in
                parsed.declarations.filter { position > cell || (position == cell && $0.start >= offset) }
            }
            var used = [Bool](repeating: false, count: later.count)
            var grew = true
            while grew {
                grew = false
                for (index, declaration) in later.enumerated() where !used[index] {
                    guard declaration.name.map(names.contains) ?? true else { continue }
                    used[index] = true
                    names.formUnion(declaration.identifiers)
                    grew = true
                }
            }
            let texts = zip(later, used).filter(\.1).map(\.0.text)
            let parts = ["memo-prefix-1", base, prefix, texts.joined(separator: "\n")]
            return SHA256Digest.hex(of: parts.map { "\($0.utf8.count)\n\($0)" }.joined())
        }
        var before = ""
        for (position, parsed) in cells.enumerated() {
            let bytes = Array(parsed.code.utf8)
            for site in parsed.sites {
                let prefix = before + String(decoding: bytes[..<min(site.end, bytes.count)], as: UTF8.self)
                let key = hash(prefix, cell: position, offset: site.end)
                lines.append("site\t\(parsed.firstLine + site.line - 1)\t\(parsed.index)\t\(key)")
            }
            before += parsed.code + "\n\u{0}cell\n"
            lines.append("cell\t\(parsed.index)\t\(hash(before, cell: position, offset: .max))")
        }
        let whole = before + chapter.inlineValues.map(\.expression).joined(separator: "\n")
        lines.append("cell\t-1\t\(hash(whole, cell: cells.count, offset: 0))")
        return lines.map { $0 + "\n" }.joined()
    }

    /// Whether `folder` (the store's `memo/`) holds a value for every `memo` call site of
    /// `text` (the keys `text(_:base:)` wrote), and there is at least one: a stored value's key
    /// begins with the hash of its call site's prefix. A call made from inside a function is
    /// keyed on the calling cell, so a chapter that memoizes there never counts as all stored.
    static func allStored(_ text: String, in folder: URL) -> Bool {
        let sites = text.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t")
            return fields.count == 4 && fields[0] == "site" ? fields[3] + "-" : nil
        }
        guard !sites.isEmpty else { return false }
        let stored = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let groups = Set(stored.compactMap { name -> String? in
            guard name.hasSuffix(".json"), let dash = name.firstIndex(of: "-") else { return nil }
            return String(name[...dash])
        })
        return sites.allSatisfy { groups.contains($0) }
    }

    /// A cell's code with its `memo` calls and its top-level declarations.
    struct Parsed {
        var index: Int
        var firstLine: Int
        var code: String
        /// Each `memo(...)` call: the line of `memo` (1 = the cell's first) and the UTF-8 offset
        /// of the call's end.
        var sites: [(line: Int, end: Int)] = []
        /// Top-level declarations other than variables.
        var declarations: [Declaration] = []
        /// Every identifier of the cell, with its UTF-8 offset.
        var identifiers: [(offset: Int, text: String)] = []

        init(index: Int, firstLine: Int, code: String) {
            self.index = index
            self.firstLine = firstLine
            self.code = code
            let tree = Parser.parse(source: code)
            let converter = SourceLocationConverter(fileName: "cell", tree: tree)
            let finder = CallFinder(viewMode: .sourceAccurate)
            finder.walk(tree)
            sites = finder.calls.map { call in
                (converter.location(for: call.calledExpression.positionAfterSkippingLeadingTrivia).line,
                 call.endPositionBeforeTrailingTrivia.utf8Offset)
            }
            identifiers = tree.tokens(viewMode: .sourceAccurate).compactMap { token in
                guard case .identifier(let text) = token.tokenKind else { return nil }
                return (token.positionAfterSkippingLeadingTrivia.utf8Offset, text)
            }
            for statement in tree.statements {
                guard case .decl(let declaration) = statement.item,
                      !declaration.is(VariableDeclSyntax.self) else { continue }
                declarations.append(Declaration(
                    start: statement.positionAfterSkippingLeadingTrivia.utf8Offset,
                    text: statement.trimmedDescription,
                    name: Self.name(of: declaration),
                    identifiers: Set(statement.tokens(viewMode: .sourceAccurate).compactMap { token in
                        if case .identifier(let text) = token.tokenKind { return text } else { return nil }
                    })
                ))
            }
        }

        /// The name a declaration is used by, when only code naming it can depend on it: a
        /// function, a type, a type alias. Nil for extensions, operators, imports and the rest,
        /// which can change code that does not name them.
        static func name(of declaration: DeclSyntax) -> String? {
            if let function = declaration.as(FunctionDeclSyntax.self) {
                if case .identifier(let text) = function.name.tokenKind { return text }
                return nil
            }
            if let type = declaration.as(StructDeclSyntax.self) { return type.name.text }
            if let type = declaration.as(ClassDeclSyntax.self) { return type.name.text }
            if let type = declaration.as(EnumDeclSyntax.self) { return type.name.text }
            if let type = declaration.as(ActorDeclSyntax.self) { return type.name.text }
            if let type = declaration.as(ProtocolDeclSyntax.self) { return type.name.text }
            if let alias = declaration.as(TypeAliasDeclSyntax.self) { return alias.name.text }
            return nil
        }
    }

    /// A top-level declaration after a prefix, which the prefix may use.
    struct Declaration {
        var start: Int
        var text: String
        /// What code names it by (nil: it counts whether named or not).
        var name: String?
        /// The identifiers it uses (what it may depend on in turn).
        var identifiers: Set<String>
    }

    private final class CallFinder: SyntaxVisitor {
        var calls: [FunctionCallExprSyntax] = []

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            if let name = node.calledExpression.as(DeclReferenceExprSyntax.self), name.baseName.text == "memo" {
                calls.append(node)
            }
            return .visitChildren
        }
    }
}
