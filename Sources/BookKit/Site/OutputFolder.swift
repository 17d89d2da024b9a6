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
    ///
    /// Every new file is written in full beside the old one before any is moved into place, so
    /// that a failed write (a full disk, a read-only folder) leaves the previous site as it was.
    /// A file that holds its new bytes already is left as it is.
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
        removeLeftoverTemporaries()
        let previous = previousFiles()
        let written = Set(files.map(\.name))
        var kept = written
        if !removingOthers { kept.formUnion(previous) }
        precondition(files.allSatisfy { Self.isPlainName($0.name) }, "output file names are plain names")
        let marker = Data((kept.sorted().joined(separator: "\n") + "\n").utf8)
        let changed = (files + [(Self.markerName, marker)]).filter { !holds($0.name, $0.contents) }
        // On SIGINT or SIGTERM, the exit waits for this: either the interruption came before
        // the first rename (the temporaries are removed, the old site stays) or after it (the
        // new site is completed; renames take microseconds).
        try Interruption.writingSite { commit in
            var staged: [String] = []
            do {
                for file in changed {
                    staged.append(file.name)
                    try stage(file.contents, as: file.name)
                }
                try commit()
            } catch {
                for name in staged { try? FileManager.default.removeItem(at: temporary(name)) }
                throw error
            }
            for file in changed where file.name != Self.markerName { try moveIntoPlace(file.name) }
            for name in previous where removingOthers && !written.contains(name) {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
            if changed.contains(where: { $0.name == Self.markerName }) { try moveIntoPlace(Self.markerName) }
        }
    }

    /// Whether the file `name` (a plain file, not a link) holds `contents` already.
    private func holds(_ name: String, _ contents: Data) -> Bool {
        let path = url.appendingPathComponent(name).path
        guard let status = FileStatus(path: path), status.kind == .file, status.bytes == contents.count else {
            return false
        }
        return FileManager.default.contents(atPath: path) == contents
    }

    /// Where `name` is written before it is moved into place.
    private func temporary(_ name: String) -> URL {
        url.appendingPathComponent(".\(name)\(Self.temporarySuffix)")
    }

    private static let temporarySuffix = ".partial"

    /// Removes the temporary files of a build that was killed while writing.
    private func removeLeftoverTemporaries() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(Self.temporarySuffix) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    private func stage(_ data: Data, as name: String) throws {
        do {
            try data.write(to: temporary(name))
        } catch {
            throw BookError(.io, at: SourceLocation(path: url.appendingPathComponent(name).path),
                            "cannot write this file; the previous site is kept",
                            hint: "check that the output folder is writable and the disk is not full")
        }
    }

    private func moveIntoPlace(_ name: String) throws {
        let final = url.appendingPathComponent(name)
        guard rename(temporary(name).path, final.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary(name))
            throw BookError(.io, at: SourceLocation(path: final.path), "cannot move the new file into place")
        }
    }

    /// A file name with no folder part, not hidden, so that removal never leaves the folder.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != ".."
    }
}
