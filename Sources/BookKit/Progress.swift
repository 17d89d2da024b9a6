import Foundation
import Synchronization

/// Progress lines on standard error, one per chapter and stage; silent when quiet.
/// Safe to call from the threads that run chapters in parallel.
public final class Progress: Sendable {
    private let quiet: Bool
    /// Held while a line is written, so that lines from parallel chapters never interleave.
    private let writing = Mutex(())

    public init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Reports `message` about `subject` (a chapter name, or "book").
    public func report(_ subject: String, _ message: String) {
        guard !quiet else { return }
        writing.withLock { _ in
            FileHandle.standardError.write(Data("[\(subject)] \(message)\n".utf8))
        }
    }
}
