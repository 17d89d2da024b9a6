import Foundation
@testable import L2Lab
import XCTest

/// `ChitChatJSON` gives exactly the records `JSONDecoder` gives, or gives up.
final class ChitChatJSONTests: XCTestCase {
    /// The conversations of `records`, sorted by id, as the loader makes them.
    private func conversations(_ records: [String: ChitChatRecord]) -> [ChitChatConversation] {
        records.sorted { $0.key < $1.key }.map { $0.value.conversation(id: $0.key) }
    }

    private func decoded(_ bytes: [UInt8]) -> [ChitChatConversation]? {
        (try? JSONDecoder().decode([String: ChitChatRecord].self, from: Data(bytes))).map(conversations)
    }

    private func read(_ bytes: [UInt8]) -> [ChitChatConversation]? {
        ChitChatJSON.records(from: bytes).map(conversations)
    }

    private func assertSameAsDecoder(_ json: String, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(json.utf8)
        let expected = decoded(bytes)
        XCTAssertNotNil(expected, "the decoder rejects the fixture", file: file, line: line)
        XCTAssertEqual(read(bytes), expected, file: file, line: line)
    }

    private func assertGivesUp(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNil(ChitChatJSON.records(from: bytes), file: file, line: line)
    }

    private func assertGivesUp(_ json: String, file: StaticString = #filePath, line: UInt = #line) {
        assertGivesUp(Array(json.utf8), file: file, line: line)
    }

    func testEscapesAndUnicodeAreReadAsTheDecoderReadsThem() {
        let json = #"""
        {"b": {"messages": [[{"text": "a \"quote\", a \\ and a \/ slash\n\ttab \b\f\r",
                              "sender": "s1"},
                             {"text": "caf\u00e9 caf\u00E9 cafe\u0301 café \ud83d\ude00 😀 \u0000",
                              "sender": "s1"}],
                            [{"text": "", "sender": "s\u0032"}]],
               "prompt": "Wh\u0061t?"},
         "a": {"prompt": null, "messages": []}}
        """#
        assertSameAsDecoder(json)
        let read = read(Array(json.utf8))
        XCTAssertEqual(read?.map(\.id), ["a", "b"])
        XCTAssertEqual(read?[1].turns.map(\.speaker), ["s1", "s2"])
        XCTAssertEqual(read?[1].turns[0].messages,
                       ["a \"quote\", a \\ and a / slash\n\ttab \u{8}\u{C}\r",
                        "caf\u{E9} caf\u{E9} cafe\u{301} café \u{1F600} 😀 \u{0}"])
        XCTAssertEqual(read?[1].prompt, "What?")
        XCTAssertNil(read?[0].prompt)
    }

    func testKeysItDoesNotReadAreSkippedWhateverTheyHold() {
        assertSameAsDecoder(#"""
         { "x" : { "start" : -12.5e+3, "ratings": {"a": [1, 0.25, -0, 2E-2, true, false, null, {}, []]},
           "messages" : [ [ { "timestamp" : "2018-05-02T19:38:15Z", "sender" : "p" ,
                               "text" : "hi", "extra": [[[{"k": "\u2028"}]]] } ] ] } }
        """#)
        assertSameAsDecoder(#"{"only": {"messages": [[]]}}"#)
        assertSameAsDecoder("{}")
    }

    func testAnythingUnplainGivesUp() {
        let valid = #"{"a": {"messages": [[{"text": "hi", "sender": "p"}]]}}"#
        XCTAssertNotNil(ChitChatJSON.records(from: Array(valid.utf8)))
        assertGivesUp(String(valid.dropLast()))                                   // truncated
        assertGivesUp(valid + " x")                                                // trailing text
        assertGivesUp(#"{"a": {"messages": [[{"text": "hi", "sender": 7}]]}}"#)   // wrong type
        assertGivesUp(#"{"a": {"messages": [[{"text": "hi"}]]}}"#)                // missing key
        assertGivesUp(#"{"a": {"messages": [[{"text": null, "sender": "p"}]]}}"#) // null
        assertGivesUp(#"{"a": {"messages": [[{"text": "hi", "sender": "p",}]]}}"#) // trailing comma
        assertGivesUp(#"{"a": {"messages": []}, "a": {"messages": []}}"#)         // repeated id
        assertGivesUp(#"{"a": {"messages": [], "prompt": "x", "prompt": null}}"#) // repeated key
        assertGivesUp(#"{"a": {"messages": [], "prompt": 3}}"#)
        assertGivesUp(#"{"a": {"messages": [], "start": 01}}"#)                   // leading zero
        assertGivesUp(#"{"a": {"messages": [], "start": 1.}}"#)
        assertGivesUp(#"{"a": {"messages": [], "start": tru}}"#)
        assertGivesUp(#"{"a": {"messages": [[{"text": "\ud83d", "sender": "p"}]]}}"#)   // lone surrogate
        assertGivesUp(#"{"a": {"messages": [[{"text": "\ude00x", "sender": "p"}]]}}"#)
        assertGivesUp(#"{"a": {"messages": [[{"text": "\x", "sender": "p"}]]}}"#)       // unknown escape
        assertGivesUp(#"{"a": {"messages": [[{"text": "\u12", "sender": "p"}]]}}"#)
        assertGivesUp("{\"a\": {\"messages\": [[{\"text\": \"a\tb\", \"sender\": \"p\"}]]}}") // raw tab
        assertGivesUp(#"[{"messages": []}]"#)
        assertGivesUp(Array(#"{"a": {"messages": [[{"text": ""#.utf8) + [0xC3, 0x28]
                      + Array(#"", "sender": "p"}]]}}"#.utf8))                   // invalid UTF-8
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        assertGivesUp(#"{"a": {"messages": [], "r": "# + deep + "}}")
    }

    /// On the real corpus, when it was fetched: the same conversations as the decoder's.
    func testTheRealCorpusReadsAsTheDecoderReadsIt() throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = ProcessInfo.processInfo.environment[DataDirectory.environmentVariable]
            ?? packageRoot.appendingPathComponent(".book-data").path
        guard let data = FileManager.default.contents(atPath: folder + "/chitchat/dataset.json") else {
            throw XCTSkip("real data not found in \(folder); run `book data fetch`")
        }
        let bytes = Array(data)
        let clock = ContinuousClock()
        var read: [ChitChatConversation]?
        var decoded: [ChitChatConversation]?
        let readTime = clock.measure { read = self.read(bytes) }
        let decodeTime = clock.measure { decoded = self.decoded(bytes) }
        print("Chit-Chat: ChitChatJSON \(readTime), JSONDecoder \(decodeTime)")
        XCTAssertEqual(read?.count, 7_168)
        XCTAssertTrue(read == decoded)
    }
}
