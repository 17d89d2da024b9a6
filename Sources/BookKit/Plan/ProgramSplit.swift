import SwiftParser
import SwiftSyntax

/// A chapter's program cut in two after the last cell that calls `memo`, so that a run that
/// only loads stored values compiles just the cells after it (`ChapterRunner`): an edit to a
/// later cell, a table, a check or an inline value compiles a few hundred lines, not the chapter,
/// and compiles while the cells before it run.
///
/// The prefix (the cells before the cut) is compiled once into module `ChapterProgram`, its
/// top-level code becoming the function `entryPoint`, and linked with `launcher` into a program
/// kept by the prefix's text. The suffix (the cells from the cut on, then the inline values) is
/// compiled into a shared library that imports the prefix with `@testable`, so that it sees the
/// prefix's declarations as the cells of one program do. The launcher runs the prefix, waits
/// until the suffix is compiled, loads it and runs it: one process, in the order of the whole
/// program, printing, showing and storing the same bytes.
///
struct ProgramSplit: Equatable {
    /// The function that runs the prefix's top-level code.
    static let entryPoint = "ChapterProgram_main"
    /// The function that runs the suffix's top-level code.
    static let suffixEntryPoint = "ChapterSuffix_main"
    /// The exit status of a launcher whose suffix did not compile or load.
    static let suffixMissingStatus: Int32 = 76
    /// The `main.swift` linked with the prefix: runs it, then waits for the file named by
    /// `NOTEBOOK_SUFFIX_STATUS` (written once the suffix is compiled: `compiled`, or anything
    /// else when it is not), then loads the library `NOTEBOOK_SUFFIX` and runs it.
    static let launcher = """
        import Foundation
        @_silgen_name("\(entryPoint)")
        func _chapterPrefix(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32
        typealias Entry = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32
        _ = _chapterPrefix(CommandLine.argc, CommandLine.unsafeArgv)
        let variables = ProcessInfo.processInfo.environment
        guard let status = variables["NOTEBOOK_SUFFIX_STATUS"], let library = variables["NOTEBOOK_SUFFIX"] else {
            exit(\(suffixMissingStatus))
        }
        while access(status, F_OK) != 0 { usleep(2_000) }
        guard (try? String(contentsOfFile: status, encoding: .utf8)) == "compiled",
              let handle = dlopen(library, RTLD_NOW), let entry = dlsym(handle, "\(suffixEntryPoint)") else {
            exit(\(suffixMissingStatus))
        }
        exit(unsafeBitCast(entry, to: Entry.self)(CommandLine.argc, CommandLine.unsafeArgv))

        """
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
        suffix = parts.text(parts.cells[cut...].joined() + parts.inlineValues + ["_notebookFinish()"],
                            importing: ["@testable import \(Self.prefixModule)"])
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
