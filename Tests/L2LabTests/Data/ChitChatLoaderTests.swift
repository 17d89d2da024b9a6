import L2Lab
import XCTest

final class ChitChatLoaderTests: XCTestCase {
    private let speakerA = "720840be-e522-47ba-9e9f-143f66372673"
    private let speakerB = "549cc1d1-270e-4a53-b561-133a8d0086b4"
    private let speakerC = "0b7a1e7e-3c4d-4a57-9d5f-6a2d1f0e9c11"

    private func validConversations() throws -> [ChitChatConversation] {
        try ChitChatLoader(directory: try FixtureDirectory.named("valid")).conversations()
    }

    func testConversationsAreSortedById() throws {
        let conversations = try validConversations()
        XCTAssertEqual(
            conversations.map(\.id),
            [
                "0a1b2c3d-0000-4000-8000-000000000001",
                "7e8f9a0b-0000-4000-8000-000000000002",
                "c3f0a9d2-0000-4000-8000-000000000003",
            ]
        )
    }

    func testMessagesOfOneSpeakerFormOneTurn() throws {
        let conversations = try validConversations()
        let conversation = conversations[2]
        XCTAssertEqual(
            conversation.turns,
            [
                ChitChatTurn(speaker: speakerA, messages: ["Hello", "How are you?"]),
                ChitChatTurn(speaker: speakerB, messages: ["good", "and you?", ""]),
                ChitChatTurn(speaker: speakerA, messages: ["Fine, thanks"]),
            ]
        )
        XCTAssertEqual(conversation.turns[0].text, "Hello\nHow are you?")
        XCTAssertEqual(conversation.speakers, [speakerA, speakerB])
        XCTAssertEqual(conversation.prompt, "What did you eat today?")
    }

    func testConversationWithoutPromptOrSecondSpeakerLoads() throws {
        let conversations = try validConversations()
        XCTAssertEqual(conversations[0].speakers, [speakerC])
        XCTAssertEqual(conversations[0].turns.count, 1)
        XCTAssertNil(conversations[1].prompt)
        XCTAssertEqual(conversations[1].speakers, [speakerB, speakerC])
    }

    func testMissingDataNamesTheFolderAndTheEnvironmentVariable() {
        let loader = ChitChatLoader(directory: DataDirectory(path: "/nonexistent/book-data/"))
        XCTAssertThrowsError(try loader.conversations()) { error in
            XCTAssertEqual(
                error as? DataLoadError, .missingData(path: "/nonexistent/book-data/chitchat/dataset.json")
            )
            // The library knows nothing of the command line: `book` adds the hint to fetch.
            XCTAssertEqual("\(error)", "/nonexistent/book-data/chitchat/dataset.json: error: data not found: "
                + "the folder /nonexistent/book-data/chitchat has no dataset.json "
                + "(corpora are read from the folder named by BOOK_DATA_DIR, else from .book-data).")
        }
    }

    func testTruncatedFileIsReportedWithItsPath() throws {
        let loader = ChitChatLoader(directory: try FixtureDirectory.named("truncated"))
        XCTAssertThrowsError(try loader.conversations()) { error in
            guard case let .malformed(path, line, expected)? = error as? DataLoadError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(path.hasSuffix("truncated/chitchat/dataset.json"), path)
            XCTAssertNil(line)
            XCTAssertEqual(
                expected, "expected complete, valid JSON (Unexpected end of file during JSON parse.)"
            )
        }
    }

    func testWrongTypeIsReportedWithItsPlace() throws {
        let loader = ChitChatLoader(directory: try FixtureDirectory.named("wrong-shape"))
        XCTAssertThrowsError(try loader.conversations()) { error in
            guard case let .malformed(path, line, expected)? = error as? DataLoadError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(path.hasSuffix("wrong-shape/chitchat/dataset.json"), path)
            XCTAssertNil(line)
            XCTAssertEqual(
                expected, "expected a string at 7e8f9a0b-0000-4000-8000-000000000002.messages[1][0].sender"
            )
        }
    }
}
