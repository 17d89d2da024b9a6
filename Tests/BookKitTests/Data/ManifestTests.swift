@testable import BookKit
import XCTest

final class ManifestTests: XCTestCase {
    private static func hash(_ digit: Character) -> String {
        String(repeating: digit, count: 64)
    }

    private let manifest = Manifest(
        package: "mini-corpus",
        version: "1.0",
        wheelSHA256: ManifestTests.hash("a"),
        entries: [
            Manifest.Entry(name: "z data.txt", digest: FileDigest(size: 3, sha256: ManifestTests.hash("c"))),
            Manifest.Entry(name: "a.txt", digest: FileDigest(size: 12, sha256: ManifestTests.hash("b"))),
        ]
    )

    func testTextHasOneSortedLinePerFact() {
        XCTAssertEqual(
            manifest.text,
            """
            file \(ManifestTests.hash("b")) 12 a.txt
            file \(ManifestTests.hash("c")) 3 z data.txt
            package mini-corpus
            version 1.0
            wheel-sha256 \(ManifestTests.hash("a"))

            """
        )
    }

    func testTextParsesBackToTheSameManifest() throws {
        XCTAssertEqual(try Manifest(text: manifest.text, path: "MANIFEST"), manifest)
    }

    func testUnknownLineIsReportedWithItsNumber() {
        let text = "package p\nversion 1\nchecksum x\n"
        XCTAssertThrowsError(try Manifest(text: text, path: "mini/MANIFEST")) { error in
            XCTAssertEqual(
                error as? DataError,
                .malformedManifest(path: "mini/MANIFEST", line: 3, reason: "unexpected line 'checksum x'")
            )
        }
    }

    func testMissingWheelChecksumIsReported() {
        XCTAssertThrowsError(try Manifest(text: "package p\nversion 1\n", path: "MANIFEST")) { error in
            guard case .malformedManifest(_, _, let reason)? = error as? DataError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(reason, "package, version or wheel-sha256 is missing")
        }
    }
}
