/// The stack trace that the Swift runtime prints after some fatal errors (an error thrown out of
/// a program's top level): addresses that change from run to run, of no use to a reader of the
/// book, and no part of a user's mistake.
enum RuntimeStackTrace {
    /// `text` without the runtime's `Current stack trace:` blocks, and without the backtracer's
    /// notice (`*** Signal 4: Backtracing from 0x… done ***`, between empty lines) and its
    /// warnings (`swift-runtime: failed to suspend thread 522 while processing a crash; …`),
    /// which name addresses and thread ids that change from run to run; the backtrace itself
    /// goes to a file of its own (`CrashReport`).
    static func removed(from text: String) -> String {
        guard text.contains(header) || text.contains(backtracing) || text.contains(crashWarning) else {
            return text
        }
        var kept: [Substring] = []
        var inTrace = false
        var afterNotice = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blankAfterNotice = afterNotice && line.isEmpty
            afterNotice = false
            if blankAfterNotice {
                continue
            } else if line.hasPrefix("swift-runtime: "), line.contains(crashWarning) {
                continue
            } else if line.hasPrefix("*** "), line.contains(backtracing), line.hasSuffix(" ***") {
                if kept.last?.isEmpty == true { kept.removeLast() }
                afterNotice = true
            } else if line == header {
                inTrace = true
            } else if !(inTrace && isFrame(line)) {
                inTrace = false
                kept.append(line)
            }
        }
        return kept.joined(separator: "\n")
    }

    private static let header = "Current stack trace:"
    private static let backtracing = ": Backtracing from 0x"
    private static let crashWarning = " while processing a crash"

    /// A frame line: its number, spaces, then a binary and an address
    /// (`3    libswiftCore.so    0x00007f3c... _assertionFailure(...) + 221`).
    private static func isFrame(_ line: Substring) -> Bool {
        let number = line.prefix { $0.isASCII && $0.isNumber }
        return !number.isEmpty && line.dropFirst(number.count).first == " " && line.contains(" 0x")
    }
}
