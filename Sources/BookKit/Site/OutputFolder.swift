import Foundation

/// The folder the site is written to. It writes every file atomically (a temporary file,
/// then a rename), removes only files that an earlier build wrote, and refuses any folder
/// that is not empty and not a previous book output, or that would hold the book itself.
public struct OutputFolder: Sendable {
    /// The file that marks a folder as book output; it lists the files the build wrote.
    public static let markerName = ".book-output"

    public var url: URL

    /// Checks that `url` may receive the site of the book at `bookRoot`.
    public init(url: URL, bookRoot: URL) throws {
        let target = url.standardizedFileURL.resolvingSymlinksInPath()
        let root = bookRoot.standardizedFileURL.resolvingSymlinksInPath()
        let home = FileManager.default.homeDirectoryForCurrentUser
            .standardizedFileURL
            .resolvingSymlinksInPath()
        let shown = url.path
        func refuse(_ why: String) -> BookError {
            BookError(.usage, at: SourceLocation(path: shown), "refusing to write the site here: \(why)",
                      hint: "choose an empty folder, or the 'output' folder of an earlier build")
        }
        if target.path == "/" { throw refuse("it is the root folder") }
        if target.path == home.path { throw refuse("it is the home folder") }
        if root.path == target.path || root.path.hasPrefix(target.path + "/") {
            throw refuse("it contains the book")
        }
        let chapters = root.appendingPathComponent(Book.chaptersFolder).path
        if target.path == chapters || target.path.hasPrefix(chapters + "/") {
            throw refuse("it is inside the chapters folder")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw refuse("it is a file") }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty && !contents.contains(Self.markerName) {
                throw refuse("it is not empty and was not written by book")
            }
        }
        self.url = target
    }

    /// The files an earlier build wrote, from the marker.
    public func previousFiles() -> [String] {
        let marker = url.appendingPathComponent(Self.markerName)
        guard let text = try? String(contentsOf: marker, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter(Self.isPlainName)
    }

    /// Writes `files` (name to contents). With `removingOthers`, files of an earlier build
    /// that are not in `files` are deleted; otherwise they are kept.
    public func write(_ files: [(name: String, contents: Data)], removingOthers: Bool) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw BookError(
                .io,
                at: SourceLocation(path: url.path),
                "cannot create the output folder: \(error.localizedDescription)"
            )
        }
        let previous = previousFiles()
        for file in files {
            precondition(Self.isPlainName(file.name), "output file names are plain names")
            try writeAtomically(file.contents, to: file.name)
        }
        let written = Set(files.map(\.name))
        var kept = written
        for name in previous where !written.contains(name) {
            if removingOthers {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
            } else {
                kept.insert(name)
            }
        }
        try writeAtomically(Data((kept.sorted().joined(separator: "\n") + "\n").utf8), to: Self.markerName)
    }

    private func writeAtomically(_ data: Data, to name: String) throws {
        let final = url.appendingPathComponent(name)
        let temporary = url.appendingPathComponent(".\(name).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw BookError(.io, at: SourceLocation(path: final.path), "cannot write this file",
                            hint: "check that the output folder is writable and the disk is not full")
        }
        guard rename(temporary.path, final.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw BookError(.io, at: SourceLocation(path: final.path), "cannot move the new file into place")
        }
    }

    /// A file name with no folder part, not hidden, so that removal never leaves the folder.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != ".."
    }
}
