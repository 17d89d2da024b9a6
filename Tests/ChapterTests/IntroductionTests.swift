import XCTest

final class IntroductionTests: XCTestCase {
    func testCorpusSizesAreThoseOfThePinnedReleases() throws {
        let result = try runChapter("01-introduction")
        XCTAssertEqual(try result.number("aclsum_papers"), 250)
        XCTAssertEqual(try result.number("chitchat_conversations"), 7168)
        XCTAssertEqual(try result.number("chitchat_messages"), 258_145)
        XCTAssertTrue(result.inlineValues.allSatisfy { $0 != nil }, "every inline value was computed")
    }
}
