import XCTest
@testable import BookKit

/// The deterministic shares of `book build --shard K/N`.
final class ShardTests: XCTestCase {
    private func chapter(_ number: Int, uses: [String] = []) throws -> Chapter {
        let front = uses.isEmpty ? "" : "uses: [\(uses.joined(separator: ", "))]\n"
        let slug = ["a", "b", "c", "d", "e", "f", "g"][number - 1]
        return try ChapterParser.parse("---\ntitle: T\n\(front)---\n\nText.\n", number: number, slug: slug,
                                       path: "chapters/0\(number)-\(slug).md")
    }

    private func names(_ chapters: [Chapter]) -> [String] { chapters.map(\.name) }

    func testIndependentChaptersAreBalancedInReadingOrderAndUsersJoinTheirChapters() throws {
        let chapters = [try chapter(1), try chapter(2, uses: ["01-a"]), try chapter(3), try chapter(4),
                        try chapter(5, uses: ["03-c"]), try chapter(6, uses: ["01-a", "04-d"]),
                        try chapter(7, uses: ["06-f"])]
        let split = Shard.shares(of: chapters, count: 2)
        XCTAssertEqual(split.shares.map(names), [["01-a", "02-b"], ["03-c", "04-d", "05-e"]])
        XCTAssertEqual(names(split.final), ["06-f", "07-g"], "06 joins two shares, 07 uses a chapter of none")
        let three = Shard.shares(of: chapters, count: 3)
        XCTAssertEqual(three.shares.map(names), [["01-a", "02-b"], ["03-c", "05-e"], ["04-d"]])
        let one = Shard.shares(of: chapters, count: 1)
        XCTAssertEqual(one.shares.map(names), [names(chapters)], "one share is the whole book")
        XCTAssertTrue(one.final.isEmpty)
    }

    /// The split the README describes for this book.
    func testTheBooksChaptersSplitInTwoWithTheConclusionLeftToTheFinalBuild() throws {
        let book = try Book.load(root: packageRoot)
        let split = Shard.shares(of: book.chapters, count: 2)
        XCTAssertEqual(split.shares.map(names), [["01-introduction", "03-implementation", "05-optimization"],
                                                 ["02-principles", "04-applications"]])
        XCTAssertEqual(names(split.final), ["06-conclusion"])
    }

    func testAShareIsWrittenKOverN() throws {
        XCTAssertEqual(try Shard("2/3"), try Shard("2/3"))
        XCTAssertEqual(try Shard("3/3").description, "3/3")
        for text in ["0/2", "3/2", "1", "a/b", "1/0", "-1/2", "1/2/3", ""] {
            XCTAssertThrowsError(try Shard(text), text) { error in
                XCTAssertEqual((error as? BookError)?.kind, .usage)
                let message = (error as? BookError)?.message ?? ""
                XCTAssertTrue(message.contains("is not a share K/N"), "\(error)")
            }
        }
    }
}
