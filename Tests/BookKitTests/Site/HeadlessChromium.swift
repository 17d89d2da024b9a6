import Foundation
@testable import BookKit

/// Headless Chromium for the site's browser tests: found as `book pdf` finds it (nil when none is
/// installed), run on one URL with a fresh profile, its DOM after the page's scripts returned.
enum HeadlessChromium {
    static let executable: URL? = HandoutPrinter.chromium()

    /// The DOM of `url` once its scripts ran (up to 3 s of virtual time).
    static func dumpDOM(_ url: URL) throws -> String {
        guard let executable else { throw CocoaError(.executableNotLoadable) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000",
                             "--window-size=1400,1000", "--dump-dom", url.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return dom
    }
}
