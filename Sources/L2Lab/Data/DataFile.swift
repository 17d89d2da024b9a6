#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole data files; the one place in the loaders that calls the C library's file API.
enum DataFile {
    /// The bytes of the file at `path`; a missing file is `DataLoadError.missingData`.
    static func bytes(atPath path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            if errno == ENOENT {
                throw DataLoadError.missingData(path: path)
            }
            throw DataLoadError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                fread(buffer.baseAddress, 1, buffer.count, file)
            }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count {
                break
            }
        }
        if ferror(file) != 0 {
            throw DataLoadError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return bytes
    }
}
