import CBookSpawn
import Foundation
import Synchronization

/// SIGINT (Ctrl-C) and SIGTERM as a flag that a long-running command (`book serve`) polls, to
/// stop at a moment of its choosing. The C handler only writes to a pipe; a thread reads it.
public final class StopSignal: Sendable {
    private let raised = Atomic(false)

    /// Handles SIGINT and SIGTERM from now on (once per process: the handler is shared).
    public init() {
        let descriptor = book_signal_pipe()
        guard descriptor >= 0 else { return }
        let thread = Thread { [self] in
            var byte: UInt8 = 0
            while read(descriptor, &byte, 1) != 1 {}
            raised.store(true, ordering: .sequentiallyConsistent)
        }
        thread.name = "book-stop-signal"
        thread.start()
    }

    /// Whether one of the signals arrived.
    public var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
}
