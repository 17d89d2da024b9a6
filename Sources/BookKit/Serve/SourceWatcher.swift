import Foundation

/// Tells when the files a build reads have changed, by comparing the size and modification
/// time of every file under a set of folders (polling works the same on every file system,
/// including mounted and network ones, and needs no platform API).
public struct SourceWatcher: Sendable {
    /// Folders and files to watch; missing ones are skipped.
    public var roots: [URL]

    public init(roots: [URL]) {
        self.roots = roots
    }

    /// The files a book's build depends on: its chapters and what the libraries its cells
    /// use are built from.
    public init(workspace: Workspace) {
        self.init(roots: [workspace.bookRoot.appendingPathComponent(Book.chaptersFolder)]
            + RuntimeLibraries.inputs.map { workspace.packageRoot.appendingPathComponent($0) })
    }

    /// A value that changes when a watched file is added, removed, resized or modified.
    public func fingerprint() -> [String] {
        var lines: [String] = []
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for root in roots {
            var files = [root]
            if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) {
                files = enumerator.compactMap { $0 as? URL }
            }
            for file in files {
                guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true
                else { continue }
                let time = values.contentModificationDate?.timeIntervalSince1970 ?? 0
                lines.append("\(file.path) \(values.fileSize ?? -1) \(time)")
            }
        }
        return lines.sorted()
    }
}
