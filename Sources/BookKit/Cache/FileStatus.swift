import Foundation

/// What one `lstat` tells of a file (a link is not followed): what it is, its permission bits,
/// its size, inode and modification time. `FileManager.attributesOfItem` tells the same and
/// also looks up the names of the owner and group, which made it the slowest part of listing
/// the store and the book's files on every build.
struct FileStatus {
    enum Kind {
        case folder, link, file
        /// A device, a pipe or a socket.
        case other
    }

    var kind: Kind
    /// The permission bits (`0o755`).
    var mode: UInt16
    var bytes: Int
    var inode: UInt64
    /// The modification time: whole seconds since 1970, and nanoseconds.
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    /// The status of the file at `path`; nil when there is none (or it cannot be read).
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        case S_IFREG: kind = .file
        default: kind = .other
        }
        mode = UInt16(status.st_mode & 0o7777)
        bytes = Int(status.st_size)
        inode = UInt64(status.st_ino)
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        modifiedSeconds = Int(modified.tv_sec)
        modifiedNanoseconds = Int(modified.tv_nsec)
    }

    /// The modification time as a date.
    var modified: Date {
        Date(timeIntervalSince1970: Double(modifiedSeconds) + Double(modifiedNanoseconds) / 1e9)
    }
}
