/// Text a program printed, made fit for a page: terminal escape sequences (colours, cursor
/// moves) are dropped, other control characters are shown as their visible symbols
/// (`␀`, `␇`, `␛`), and a carriage return before a line end is dropped. Invalid UTF-8 was
/// already decoded as U+FFFD. Line ends and tabs are kept; text without control characters
/// is returned unchanged.
enum TerminalText {
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B where scalars.first == "[":
                // CSI: ESC [ parameters, intermediates, then one final byte in @...~.
                scalars.removeFirst()
                while let next = scalars.popFirst(), !(0x40...0x7E).contains(next.value) {}
            case 0x1B where scalars.first == "]":
                // OSC (a window title, a link): ends at BEL or at ESC \.
                scalars.removeFirst()
                while let next = scalars.popFirst() {
                    if next.value == 0x07 { break }
                    if next.value == 0x1B, scalars.first == "\\" { scalars.removeFirst(); break }
                }
            case 0x0D where scalars.first == "\n":
                continue
            case 0x0A, 0x09:
                out.append(scalar)
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the page cannot show `scalar` as it is (line ends and tabs can).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
