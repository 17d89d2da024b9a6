import Foundation

/// `book pdf`: prints the handout (`book.html`, written by a full build) to `book.pdf` beside
/// it with headless Chromium, which lays out MathML and the print styles as a reader's browser
/// does. The PDF is written in full under a temporary name, then renamed into place.
public enum HandoutPrinter {
    public static let name = "book.pdf"

    /// Where Chromium is installed, from `PATH` and the usual places; nil when it is not.
    public static func chromium(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        let folders = (path ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/snap/bin"]
        for folder in folders {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    /// Prints `site`'s handout to `site/book.pdf` and returns its location.
    public static func printPDF(site: URL, chromium: URL? = chromium()) throws -> URL {
        let handout = site.appendingPathComponent(Handout.name)
        guard FileManager.default.fileExists(atPath: handout.path) else {
            throw BookError(.usage, at: SourceLocation(path: handout.path), "there is no handout to print",
                            hint: "build the whole book first ('book build'), which writes \(Handout.name)")
        }
        guard let chromium else {
            throw BookError(.io, "book pdf prints with headless Chromium, which is not installed",
                            hint: "install it (Debian: 'sudo apt-get install chromium'), then run 'book pdf' again")
        }
        let pdf = site.appendingPathComponent(name)
        let partial = site.appendingPathComponent(".\(name).\(getpid()).partial")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("book-pdf-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: partial)
            try? FileManager.default.removeItem(at: profile)
        }
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                             "--no-pdf-header-footer", "--virtual-time-budget=10000",
                             "--print-to-pdf=\(partial.path)", handout.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let size = (try? FileManager.default.attributesOfItem(atPath: partial.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            throw BookError(.io, "Chromium could not print \(Handout.name) (exit \(process.terminationStatus))",
                            hint: said.split(separator: "\n").suffix(3).joined(separator: "\n"))
        }
        guard rename(partial.path, pdf.path) == 0 else {
            throw BookError(.io, at: SourceLocation(path: pdf.path),
                            "cannot write the PDF: \(String(cString: strerror(errno)))")
        }
        return pdf
    }
}
