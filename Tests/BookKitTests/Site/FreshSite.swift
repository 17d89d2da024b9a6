import Foundation
@testable import BookKit

/// The fixture book `SiteBook`, built once per test process in a temporary folder, so that a
/// renderer or stylesheet change is checked by the tests, not by whoever last rebuilt `output/`.
enum FreshSite {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: Result<URL, Error>?
    /// The temporary folder, removed when the test process exits.
    nonisolated(unsafe) private static var folder: URL?

    /// The folder of the built site; the build's error when it failed.
    static func output() throws -> URL {
        // Safe: `built` and `folder` are written only under `lock`, before any reader sees them.
        lock.lock()
        defer { lock.unlock() }
        if let built { return try built.get() }
        let result = Result<URL, Error> {
            let source = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
                .appendingPathComponent("SiteBook")
            let root = FileManager.default.temporaryDirectory
                .appendingPathComponent("booktest-site-\(UUID().uuidString)")
                .appendingPathComponent("SiteBook")
            try FileManager.default.createDirectory(at: root.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: root)
            folder = root.deletingLastPathComponent()
            atexit { if let folder = FreshSite.folder { try? FileManager.default.removeItem(at: folder) } }
            let builder = BookBuilder(workspace: Workspace(bookRoot: root, packageRoot: packageRoot),
                                      progress: Progress(quiet: true))
            let output = try OutputFolder(url: root.appendingPathComponent("output"), bookRoot: root)
            let outcomes = try builder.build(try Book.load(root: root), chapters: [], output: output,
                                             useCache: true, jobs: 2)
            for outcome in outcomes where !outcome.result.passed {
                let failure = String(describing: outcome.result.failure)
                throw BookError(.failed, "\(outcome.chapter.name) failed: \(failure)")
            }
            return output.url
        }
        built = result
        return try result.get()
    }
}
