import Foundation
import XCTest
@testable import BookKit

/// docs/NOTEBOOK.md is what `book notebook-reference` prints from the Notebook sources.
final class NotebookReferenceTests: XCTestCase {
    func testDocsNotebookIsUpToDate() throws {
        let file = packageRoot.appendingPathComponent("docs/NOTEBOOK.md")
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(committed, try NotebookReference.markdown(packageRoot: packageRoot),
                       "docs/NOTEBOOK.md is out of date: run `book notebook-reference > docs/NOTEBOOK.md`")
    }

    func testTheReferenceNamesWhatACellUses() throws {
        let document = try NotebookReference.markdown(packageRoot: packageRoot)
        for name in ["struct Table", "struct LineChart", "struct BarChart", "struct Series", "enum Format",
                     "check(_:_:points:line:)", "export(_:_:)", "imported(_:_:)", "memo(_:line:_:)", "show(_:)",
                     "plot(_:)", "fixed(_:_:)", "percent(_:_:)", "bookFile(_:)"] {
            XCTAssertTrue(document.contains("`\(name)`"), name)
        }
        XCTAssertFalse(document.contains("_notebookStart"), "generated calls are left out")
        XCTAssertFalse(document.contains("MemoStore"), "internal types are left out")
    }

    func testPublicDeclarationsComeWithSignatureAndDocCommentInSourceOrder() {
        let source = """
            import Foundation

            /// A box.
            /// Second line.
            public struct Box {
                /// The width.
                public var width: Double { 2 }
                var hidden = 1
                /// Makes a box.
                public init(
                    width: Double, height: Double = 1
                ) {}
            }

            // A note, not documentation.
            public func put(_ box: Box, at place: Int) -> Bool { true }
            func internalHelper() {}
            public func _generated() {}
            extension Int: Shape {
                /// The area.
                public var area: Double { 0 }
            }
            extension String { func nothing() {} }
            public enum Kind {
                /// Round.
                case round
                private static func secret() {}
                public static func make() -> Kind { .round }
            }
            public protocol Shape {
                /// Its area.
                var area: Double { get }
            }
            """
        let document = NotebookReference.markdown(files: [(name: "Box.swift", source: source)])
        let contents = "- [Box.swift](#boxswift): `struct Box`, `put(_:at:)`, `extension Int: Shape`"
        XCTAssertTrue(document.contains(contents),
                      document)
        XCTAssertTrue(document.contains("""
            ### `struct Box`

            ```swift
            public struct Box
            ```

            A box.
            Second line.

            - `public var width: Double`: The width.

            #### `init(width:height:)`

            ```swift
            public init(
                width: Double, height: Double = 1
            )
            ```

            Makes a box.
            """), document)
        let function = "### `put(_:at:)`\n\n```swift\n"
            + "public func put(_ box: Box, at place: Int) -> Bool\n```\n\n"
        XCTAssertTrue(document.contains(function + "### `extension"),
                      "a plain comment is not documentation: \(document)")
        XCTAssertTrue(document.contains("- `public var area: Double`: The area."), document)
        XCTAssertTrue(document.contains("- `case round`: Round.\n\n#### `make()`"), document)
        XCTAssertTrue(document.contains("- `var area: Double { get }`: Its area."), document)
        for hidden in ["hidden", "internalHelper", "_generated", "nothing", "extension String", "secret"] {
            XCTAssertFalse(document.contains(hidden), hidden)
        }
    }
}
