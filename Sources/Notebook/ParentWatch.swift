#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends a chapter program whose `book` is gone, so that a build killed with SIGKILL leaves no
/// cell program running on (a cell that loops forever would otherwise never stop).
///
/// `book` names itself in `NOTEBOOK_PARENT_PID`. A background thread compares that with the
/// program's parent every 0.2 s; when the parent has changed (the kernel re-parents an orphan
/// to init or to a subreaper), the program exits at once. A program run by hand has no such
/// variable and is not watched. (Linux only: book's cells run on Linux.)
enum ParentWatch {
    /// Starts the watch, or exits now if `book` died before the program got this far.
    static func start() {
        guard let text = getenv("NOTEBOOK_PARENT_PID"), let parent = pid_t(String(cString: text)) else { return }
        if getppid() != parent { _exit(exitCode) }
        #if os(Linux)
        // The parent's id travels to the thread as its argument, not through shared state.
        let argument = UnsafeMutablePointer<pid_t>.allocate(capacity: 1)
        argument.initialize(to: parent)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { argument in
            let parent = argument!.assumingMemoryBound(to: pid_t.self).pointee
            while getppid() == parent {
                usleep(200_000)
            }
            _exit(ParentWatch.exitCode)
        }, argument)
        if started == 0 { pthread_detach(thread) } else { argument.deallocate() }
        #endif
    }

    /// The status of a program ended by the watch (nobody reads it: its parent is gone).
    private static let exitCode: Int32 = 70
}
