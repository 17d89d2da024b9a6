import Foundation

/// Progress lines on standard error, one per chapter and stage; silent when quiet.
/// Safe to call from the threads that run chapters in parallel.
public final class Progress: @unchecked Sendable {
    private let quiet: Bool
    private let lock = NSLock()

    public init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Reports `message` about `subject` (a chapter name, or "book").
    public func report(_ subject: String, _ message: String) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("[\(subject)] \(message)\n".utf8))
    }
}
