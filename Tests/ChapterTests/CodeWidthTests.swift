import BookKit
import XCTest

/// The book's code is wrapped by its authors to fit a page: every line of every Swift cell is
/// at most 80 columns, so that no code block scrolls sideways on a wide screen.
final class CodeWidthTests: XCTestCase {
    static let limit = 80

    func testEveryCellLineOfTheBookFitsEightyColumns() throws {
        let book = try Book.load(root: repositoryRoot)
        var long: [String] = []
        for chapter in book.chapters {
            for cell in chapter.cells {
                for (offset, line) in cell.code.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated() where line.count > Self.limit {
                    long.append("\(chapter.path):\(cell.firstCodeLine + offset): \(line.count) columns")
                }
            }
        }
        XCTAssertFalse(book.chapters.flatMap(\.cells).isEmpty, "the book has cells")
        XCTAssertEqual(long, [], "wrap these lines to \(Self.limit) columns")
    }
}
