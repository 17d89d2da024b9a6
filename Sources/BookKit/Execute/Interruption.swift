import CBookSpawn
import Foundation
import Synchronization

/// What `book build` and `book test` do on SIGINT (Ctrl-C) or SIGTERM: end every program they
/// started (with its whole process tree), leave the site as it was, and exit with a message.
///
/// The programs `book` starts are registered here while they run. The signal handler only
/// writes the signal's number to a pipe; a thread reads it, marks the build interrupted, asks
/// every registered keeper to end its tree (`book_spawn`), waits for a site write in progress
/// to finish or give up, and exits with 128 + the signal's number. A program that ends because
/// of the interruption is never mistaken for a failure and cached: `ChildProcess` throws
/// `Interruption.Stopped` instead of returning its ending.
public enum Interruption {
    /// Thrown by work that was cut short by an interruption.
    struct Stopped: Error {}

    /// The signal that began the interruption (0: none yet), the keepers of the programs
    /// running, and whether the site was replaced.
    private struct State {
        var signalled: Int32 = 0
        var keepers: Set<pid_t> = []
        var siteReplaced = false
    }
    private static let state = Mutex(State())
    /// Held while the site is written: the exit waits for it.
    private static let siteLock = NSLock()

    /// Handles SIGINT and SIGTERM from now on (call once, from the command).
    public static func install() {
        let descriptor = book_signal_pipe()
        guard descriptor >= 0 else { return }
        let thread = Thread {
            var byte: UInt8 = 0
            while read(descriptor, &byte, 1) != 1 {}
            stop(signal: Int32(byte))
        }
        thread.name = "book-signals"
        thread.start()
    }

    /// Waits for the process to end if an interruption has begun (its thread exits it).
    public static func settle() {
        while isInterrupted { pause() }
    }

    /// Whether an interruption has begun.
    public static var isInterrupted: Bool {
        state.withLock { $0.signalled != 0 }
    }

    /// Starts a program with `start` (which returns its keeper's id) unless the build is being
    /// interrupted, and registers it, both under one lock so that none escapes `stop`.
    static func starting(_ start: () throws -> pid_t) throws -> pid_t {
        try state.withLock { state in
            guard state.signalled == 0 else { throw Stopped() }
            let keeper = try start()
            state.keepers.insert(keeper)
            return keeper
        }
    }

    /// Forgets a keeper once it has been reaped.
    static func ended(_ keeper: pid_t) {
        _ = state.withLock { $0.keepers.remove(keeper) }
    }

    /// Runs `write`, which replaces the site; it calls its argument just before its first
    /// rename, which throws if the build is being interrupted (so nothing is replaced).
    static func writingSite(_ write: (_ commit: () throws -> Void) throws -> Void) throws {
        siteLock.lock()
        defer { siteLock.unlock() }
        try write {
            try state.withLock { state in
                guard state.signalled == 0 else { throw Stopped() }
                state.siteReplaced = true
            }
        }
    }

    private static func stop(signal: Int32) {
        state.withLock { state in
            state.signalled = signal
            for keeper in state.keepers { kill(keeper, SIGTERM) }
        }
        // The keepers end their trees at once; wait (at most 10 s, on the monotonic clock, which
        // no clock change can stretch) until they are reaped. Nothing of this reaches the site.
        let deadline = DispatchTime.now().uptimeNanoseconds + 10_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if state.withLock({ $0.keepers.isEmpty }) { break }
            usleep(5_000)
        }
        siteLock.lock()
        let name = signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"
        let site = state.withLock { $0.siteReplaced }
            ? "the new site had already been written in full before the signal"
            : "the site was not changed: the previous one is kept as it was"
        let message = "book: stopped by \(name): every compiler and chapter program it started was "
            + "ended; \(site)\n"
        message.withCString { text in _ = write(2, text, strlen(text)) }
        _exit(128 + signal)
    }
}
