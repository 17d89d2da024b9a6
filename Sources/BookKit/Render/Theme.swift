import Foundation

/// The site's theme: the stylesheet, the optional copy-button script and the bundled math font
/// with its licence. They are files in `Sources/BookKit/Theme/` (edited, linted and diffed as
/// what they are), shipped as SwiftPM resources and copied byte for byte into every site.
///
/// SwiftPM puts the resources in a folder beside the built binary
/// (`.build/release/L2Book_BookKit.resources` on Linux). `book` looks for it there, and not
/// through `Bundle.module`, whose fallback is the absolute path of the build folder and which
/// stops the process with a crash trace when neither exists: a `book` binary installed
/// elsewhere needs that folder copied beside it (README, "Installing book elsewhere"), and
/// says so when it is missing.
enum Theme {
    static let stylesheetName = "style.css"
    /// The optional script that adds a copy button to code blocks; pages work without it.
    static let copyScriptName = "copy-code.js"
    /// Latin Modern Math, subset to what formulas use (`scripts/make-math-font`); the notice of
    /// that change and the font's licence are shipped beside it.
    static let mathFontName = "latinmodern-math-subset.woff2"
    /// The script of the search box, which reads the index a full build writes
    /// (`SearchIndex`); without it the box stays hidden.
    static let searchScriptName = "search.js"
    /// The files copied into every site, in the order they are written.
    static let fileNames = [stylesheetName, copyScriptName, searchScriptName, mathFontName,
                            "latinmodern-math-subset.txt", "GUST-FONT-LICENSE.txt"]

    /// How a page loads its scripts: deferred, so that they never delay the text.
    static let scriptTag: HTML = "<script src=\"\(copyScriptName)\" defer></script>\n"
        + "<script src=\"\(SearchIndex.name)\" defer></script>\n"
        + "<script src=\"\(searchScriptName)\" defer></script>"

    /// How many chart series colours the stylesheet defines (`--series-0` … `--series-7`);
    /// series beyond them take the colours again, in order.
    static let paletteSize = 8

    /// The class that gives the series at `index` its colour.
    static func seriesClass(_ index: Int) -> String { "series-\(index % paletteSize)" }

    /// The name of SwiftPM's resource folder of BookKit, beside the binary that links it.
    #if canImport(Darwin)
    static let resourceFolderName = "L2Book_BookKit.bundle"
    #else
    static let resourceFolderName = "L2Book_BookKit.resources"
    #endif

    /// The theme's files, by name, read from the resource folder beside `executable` (the running
    /// program when nil).
    static func files(besideExecutable executable: URL? = nil) throws -> [(name: String, contents: Data)] {
        let folder = try resourceFolder(besideExecutable: executable)
        return try fileNames.map { name in
            guard let url = folder.url(forResource: name, withExtension: nil, subdirectory: "Theme"),
                  let data = try? Data(contentsOf: url) else {
                throw missing(folder.bundleURL, "it has no Theme/\(name)")
            }
            return (name, data)
        }
    }

    /// The contents of the theme file `name` (one of `fileNames`), for tests.
    static func contents(of name: String) throws -> Data {
        precondition(fileNames.contains(name), "\(name) is not a theme file")
        return try files().first { $0.name == name }!.contents
    }

    /// Where the running program may find the folder: beside its executable (`book`; the test
    /// runner on Linux), or beside the bundle holding this code (the test bundle on macOS,
    /// where the runner is Xcode's `xctest`).
    private static var runningProgramCandidates: [URL] {
        let executable = (Bundle.main.executableURL ?? Bundle.main.bundleURL).resolvingSymlinksInPath()
        return [executable.deletingLastPathComponent(),
                Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent()]
    }

    private final class BundleMarker {}

    private static func resourceFolder(besideExecutable executable: URL?) throws -> Bundle {
        let places = executable.map { [$0.resolvingSymlinksInPath().deletingLastPathComponent()] }
            ?? runningProgramCandidates
        let folders = places.map { $0.appendingPathComponent(resourceFolderName) }
        for folder in folders where FileManager.default.fileExists(atPath: folder.path) {
            if let bundle = Bundle(url: folder) { return bundle }
        }
        throw missing(folders[0], "it does not exist")
    }

    private static func missing(_ folder: URL, _ why: String) -> BookError {
        BookError(.io, at: SourceLocation(path: folder.path),
                  "cannot read the site's theme (stylesheet, script, math font): \(why)",
                  hint: "copy the folder \(resourceFolderName) from the build folder (.build/release) "
                      + "beside the book binary")
    }
}
