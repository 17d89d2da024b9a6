#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import NotebookChannel

/// The side channel through which a chapter program reports rich outputs to `book`.
///
/// This is the one piece of global mutable state in the project, on purpose: a cell calls
/// `show`, `plot`, `check` or `export` as free functions, as in a notebook, and they all write
/// to the file named by the environment variable `NOTEBOOK_CHANNEL`, one JSON object per line.
/// Without that variable (a program run by hand) the events go to standard error.
enum OutputChannel {
    // Safe unsynchronized: the pointer is set once (a static `let` is initialized exactly
    // once, thread-safely), and every stdio call on it takes the stream's own lock (POSIX
    // flockfile), so writes from several threads never interleave within an event.
    nonisolated(unsafe) private static let file: UnsafeMutablePointer<FILE> = {
        if let path = getenv("NOTEBOOK_CHANNEL"), let file = fopen(path, "a") {
            return file
        }
        return fdopen(STDERR_FILENO, "a")
    }()

    /// Writes one event, flushing standard output first so that the byte offsets recorded
    /// by cell boundaries match what the cells printed.
    static func send(_ event: JSONObject) {
        send(rawJSON: event.text)
    }

    /// Writes one event given as JSON text.
    static func send(rawJSON: String) {
        fflush(nil)
        fputs(rawJSON + "\n", file)
        fflush(file)
    }

    /// The number of bytes written so far to standard output or standard error (by file
    /// descriptor), when it is a regular file; -1 otherwise.
    static func offset(of descriptor: Int32) -> Int {
        fflush(nil)
        let offset = lseek(descriptor, 0, SEEK_CUR)
        return offset < 0 ? -1 : Int(offset)
    }
}
