/// Splits a JSON Lines file into its non-blank lines, each with its 1-based line number.
enum JSONLines {
    /// The non-blank lines of `bytes`, split at line feeds, in file order.
    static func lines(of bytes: [UInt8]) -> [(number: Int, bytes: ArraySlice<UInt8>)] {
        let blank: Set<UInt8> = [0x20, 0x09, 0x0D]
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .enumerated()
            .filter { _, line in !line.allSatisfy(blank.contains) }
            .map { index, line in (number: index + 1, bytes: line) }
    }
}
