/// The stack trace that the Swift runtime prints after some fatal errors (an error thrown out of
/// a program's top level): addresses that change from run to run, of no use to a reader of the
/// book, and no part of a user's mistake.
enum RuntimeStackTrace {
    /// `text` without the runtime's `Current stack trace:` blocks.
    static func removed(from text: String) -> String {
        guard text.contains(header) else { return text }
        var kept: [Substring] = []
        var inTrace = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == header {
                inTrace = true
            } else if !(inTrace && isFrame(line)) {
                inTrace = false
                kept.append(line)
            }
        }
        return kept.joined(separator: "\n")
    }

    private static let header = "Current stack trace:"

    /// A frame line: its number, spaces, then a binary and an address
    /// (`3    libswiftCore.so    0x00007f3c... _assertionFailure(...) + 221`).
    private static func isFrame(_ line: Substring) -> Bool {
        let number = line.prefix { $0.isASCII && $0.isNumber }
        return !number.isEmpty && line.dropFirst(number.count).first == " " && line.contains(" 0x")
    }
}
