@testable import BookKit
import Foundation
import XCTest

final class PipDownloaderTests: XCTestCase {
    func testFailureCarriesTheExitStatusAndStderr() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("PipDownloaderTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloader = PipDownloader(python: "/nonexistent/python3")

        let download = { try downloader.downloadWheel(package: "aclsum", version: "0.1.2", into: folder) }
        XCTAssertThrowsError(try download()) {
            guard case let .pipFailed(package, status, stderr)? = $0 as? DataError else {
                return XCTFail("unexpected error \($0)")
            }
            XCTAssertEqual(package, "aclsum==0.1.2")
            XCTAssertEqual(status, 127)
            XCTAssertTrue(stderr.contains("No such file or directory"), stderr)
            XCTAssertTrue("\($0)".contains("rerun `book data fetch`"), "\($0)")
        }
    }
}
