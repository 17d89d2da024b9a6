import Foundation
import L2Lab
import XCTest

/// Loads the real corpora when they were fetched into `BOOK_DATA_DIR` or the package's `.book-data`.
final class RealDataTests: XCTestCase {
    private func realDataDirectory() throws -> DataDirectory {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment[DataDirectory.environmentVariable]
            ?? packageRoot.appendingPathComponent(".book-data").path
        let directory = DataDirectory(path: path)
        let required = ACLSumSplit.allCases.map { "aclsum/\($0.fileName)" } + ["chitchat/dataset.json"]
        for file in required where !FileManager.default.fileExists(atPath: "\(path)/\(file)") {
            throw XCTSkip("real data not found at \(path)/\(file); run `book data fetch`")
        }
        return directory
    }

    func testACLSumHas250DocumentsInThreeSplits() throws {
        let loader = ACLSumLoader(directory: try realDataDirectory())
        let counts = try ACLSumSplit.allCases.map { try loader.documents(in: $0).count }
        XCTAssertEqual(counts, [100, 50, 100])
        XCTAssertEqual(counts.reduce(0, +), 250)
    }

    func testChitChatHas7168ConversationsAndReportsLoadTime() throws {
        let loader = ChitChatLoader(directory: try realDataDirectory())
        let clock = ContinuousClock()
        var conversations: [ChitChatConversation] = []
        let elapsed = try clock.measure { conversations = try loader.conversations() }
        print("Chit-Chat load time: \(elapsed)")

        XCTAssertEqual(conversations.count, 7_168)
        XCTAssertEqual(conversations.map(\.turns.count).reduce(0, +), 138_737)
        let messages = conversations.map { $0.turns.map(\.messages.count).reduce(0, +) }
        XCTAssertEqual(messages.reduce(0, +), 258_145)
        XCTAssertEqual(conversations.filter { $0.speakers.count == 1 }.count, 3_150)
        XCTAssertEqual(conversations.map(\.id), conversations.map(\.id).sorted())
    }
}
