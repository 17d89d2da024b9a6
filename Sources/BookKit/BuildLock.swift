import Foundation

/// An exclusive lock on a book's cache folder, so that two `book` processes never build the
/// same book at once: the second waits for the first.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, waiting (with a message) while another process holds it.
    init(cacheFolder: URL, progress: Progress) throws {
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        let path = cacheFolder.appendingPathComponent("lock").path
        descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else {
            throw BookError(.io, at: SourceLocation(path: path), "cannot open the build lock")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            progress.report("book", "another build of this book is running; waiting for it to finish")
            flock(descriptor, LOCK_EX)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
