#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The absolute path of `path`, given relative to the book's root (the folder that holds
/// `chapters/`), for reading a file of the book: `String(contentsOfFile: bookFile("chapters/x.csv"))`.
/// A build records every file under the root that a chapter reads, and runs the chapter again
/// when one changes.
public func bookFile(_ path: String) -> String {
    guard let root = getenv("NOTEBOOK_BOOK_ROOT") else { return path }
    return String(cString: root) + "/" + path
}
