import SwiftParser
import SwiftSyntax

/// A chapter's program cut in two after the last cell that calls `memo`, so that a run that
/// only loads stored values compiles just the cells after it (`ChapterRunner`): an edit to a
/// later cell, a table, a check or an inline value compiles a few hundred lines, not the chapter.
///
/// The prefix (the cells before the cut) is compiled once into module `ChapterProgram`, its
/// top-level code becoming the function `entryPoint`, and kept by its text. The suffix (the
/// cells from the cut on, then the inline values) is a program of its own: it imports the
/// prefix with `@testable`, so that it sees the prefix's declarations as the cells of one
/// program do, and calls `entryPoint` first. Both halves run in one process in the order of the
/// whole program, and print, show and store the same bytes.
///
/// Two programs mean what one does only when the suffix declares no type, extension, operator
/// or conditional block (a type would belong to another module and print under its name; an
/// extension or operator could change the meaning of the prefix's code) and no top-level name
/// that the prefix declares (one program rejects the redeclaration; two would let the suffix
/// shadow it silently). The cut moves past every cell that breaks these rules. There is no split
/// when a prefix cell contains `await` (the prefix's top-level code would not return), or when
/// nothing is left to compile after the cut.
struct ProgramSplit: Equatable {
    /// The function that runs the prefix's top-level code.
    static let entryPoint = "ChapterProgram_main"
    /// The prefix's module: the whole program's, so that its types keep their names.
    static let prefixModule = "ChapterProgram"

    /// The prefix's source: the cells before the cut.
    var prefix: String
    /// The suffix's source: the cells from the cut on, then the inline values.
    var suffix: String
    /// The position, among the runnable cells, of the suffix's first cell.
    var cut: Int

    init?(chapter: Chapter) {
        let cells = chapter.runnableCells.map { Self.Declarations(code: $0.code) }
        var cut = (cells.lastIndex(where: \.callsMemo) ?? -1) + 1
        while true {
            let declared = Set(cells[..<cut].flatMap(\.names))
            guard let offending = cells[cut...].lastIndex(where: { cell in
                !cell.splittable || !declared.isDisjoint(with: cell.names)
            }) else { break }
            cut = offending + 1
        }
        guard cut > 0, cells[..<cut].allSatisfy({ !$0.awaits }),
              cut < cells.count || !chapter.inlineValues.isEmpty else { return nil }
        let parts = ChapterProgram.Parts(chapter, locations: true)
        prefix = parts.text(["_notebookStart()"] + parts.cells[..<cut].joined())
        suffix = parts.text(
            [
                "@_silgen_name(\"\(Self.entryPoint)\")",
                "func _chapterPrefix(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32",
                "_ = _chapterPrefix(CommandLine.argc, CommandLine.unsafeArgv)",
            ] + parts.cells[cut...].joined() + parts.inlineValues + ["_notebookFinish()"],
            importing: ["@testable import \(Self.prefixModule)"]
        )
        self.cut = cut
    }

    /// What a cell declares at its top level, and whether it calls `memo` or awaits.
    struct Declarations {
        /// The names of its top-level variables, constants, functions and type aliases, and of
        /// the values its top-level `guard` statements bind.
        var names: [String] = []
        /// Whether every top-level declaration is a variable, function, type alias or import.
        var splittable = true
        var callsMemo = false
        var awaits = false

        init(code: String) {
            let tree = Parser.parse(source: code)
            for statement in tree.statements {
                switch statement.item {
                case .decl(let declaration):
                    if let variable = declaration.as(VariableDeclSyntax.self) {
                        names += variable.bindings.flatMap { Self.boundNames($0.pattern) }
                    } else if let function = declaration.as(FunctionDeclSyntax.self) {
                        names.append(function.name.text)
                    } else if let alias = declaration.as(TypeAliasDeclSyntax.self) {
                        names.append(alias.name.text)
                    } else if !declaration.is(ImportDeclSyntax.self) {
                        splittable = false
                    }
                case .stmt(let statement):
                    if let guardStatement = statement.as(GuardStmtSyntax.self) {
                        names += Self.boundNames(guardStatement.conditions)
                    }
                case .expr:
                    break
                }
            }
            for token in tree.tokens(viewMode: .sourceAccurate) {
                if token.tokenKind == .keyword(.await) { awaits = true }
                if token.tokenKind == .identifier("memo"),
                   token.parent?.as(DeclReferenceExprSyntax.self)?.parent?.is(FunctionCallExprSyntax.self) == true {
                    callsMemo = true
                }
            }
        }

        /// Every name an identifier pattern inside `node` binds.
        static func boundNames(_ node: some SyntaxProtocol) -> [String] {
            node.tokens(viewMode: .sourceAccurate).compactMap { token in
                guard token.parent?.is(IdentifierPatternSyntax.self) == true else { return nil }
                return token.text
            }
        }
    }
}
