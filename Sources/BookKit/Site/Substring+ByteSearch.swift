import Foundation

extension Substring {
    /// The range of the first occurrence of `pattern`, compared byte by byte (UTF-8, with
    /// `memchr` and `memcmp`): the site's passes over whole pages (the search index, the
    /// handout) search long texts many times, where Foundation's `range(of:)` and the
    /// standard library's generic `firstRange(of:)` took most of a no-change build.
    func firstByteRange(of pattern: String) -> Range<Index>? {
        var pattern = pattern
        let found: Int?? = utf8.withContiguousStorageIfAvailable { text in
            pattern.withUTF8 { needle in Self.offset(of: needle, in: text) }
        }
        guard let offset = found ?? utf8.firstRange(of: pattern.utf8).map({ utf8.distance(from: startIndex, to: $0.lowerBound) })
        else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.utf8.count)
    }

    /// The offset of the first occurrence of `needle` in `text`.
    private static func offset(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard let base = text.baseAddress, let pattern = needle.baseAddress else { return nil }
        var start = 0
        while start + needle.count <= text.count {
            guard let hit = memchr(base + start, Int32(first), text.count - needle.count - start + 1) else { return nil }
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + at, pattern, needle.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }
}
