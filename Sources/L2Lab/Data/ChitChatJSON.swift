/// Reads `chitchat/dataset.json` straight from its bytes: Foundation's `JSONDecoder` spends
/// most of the corpus's load time in its generic keyed containers.
///
/// It reads the strict JSON grammar, and only the shape `ChitChatRecord` decodes. On anything
/// else (invalid JSON or UTF-8, another shape, a repeated key, a lone surrogate, nesting deeper
/// than 64) it gives up and returns nil: the loader then decodes with `JSONDecoder`, which
/// gives the same records or the error that names what is wrong.
enum ChitChatJSON {
    /// The records keyed by conversation id, or nil when the bytes are not plainly of that shape.
    static func records(from bytes: [UInt8]) -> [String: ChitChatRecord]? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return try? reader.document()
        }
    }
}

/// The reader gave up: the bytes are left to `JSONDecoder`.
private struct GaveUp: Error {}

/// A cursor over valid UTF-8 bytes.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0

    // MARK: - The corpus's shape

    mutating func document() throws -> [String: ChitChatRecord] {
        var records: [String: ChitChatRecord] = [:]
        try members(checksKeys: false) { reader, id in
            guard records.updateValue(try reader.record(), forKey: id) == nil else { throw GaveUp() }
        }
        skipWhitespace()
        guard position == bytes.count else { throw GaveUp() }
        return records
    }

    mutating func record() throws -> ChitChatRecord {
        var messages: [[ChitChatRecord.Message]]?
        var prompt: String?
        try members { reader, key in
            switch key {
            case "messages":
                messages = try reader.elements { reader in
                    try reader.elements { reader in try reader.message() }
                }
            case "prompt":
                prompt = try reader.peek() == UInt8(ascii: "n") ? reader.null() : reader.string()
            default:
                try reader.skipValue()
            }
        }
        guard let messages else { throw GaveUp() }
        return ChitChatRecord(messages: messages, prompt: prompt)
    }

    mutating func message() throws -> ChitChatRecord.Message {
        var text: String?
        var sender: String?
        try members { reader, key in
            switch key {
            case "text": text = try reader.string()
            case "sender": sender = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let text, let sender else { throw GaveUp() }
        return ChitChatRecord.Message(text: text, sender: sender)
    }

    // MARK: - JSON

    /// An object, calling `member` with the reader at each member's value; a repeated key
    /// gives up (the decoder's choice between the two is not this reader's to guess). Without
    /// `checksKeys`, `member` must check for repeats itself (a linear search of thousands of
    /// conversation ids would take longer than the rest).
    mutating func members(checksKeys: Bool = true,
                          _ member: (inout Reader, String) throws -> Void) throws {
        try enter(UInt8(ascii: "{"))
        var keys: [String] = []
        if try peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            repeat {
                skipWhitespace()
                let key = try string()
                if checksKeys {
                    guard !keys.contains(key) else { throw GaveUp() }
                    keys.append(key)
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                try member(&self, key)
                skipWhitespace()
            } while try separator(closing: UInt8(ascii: "}"))
        }
        depth -= 1
    }

    /// An array of the values `element` reads.
    mutating func elements<Element>(_ element: (inout Reader) throws -> Element) throws -> [Element] {
        try enter(UInt8(ascii: "["))
        var result: [Element] = []
        if try peek() == UInt8(ascii: "]") {
            position += 1
        } else {
            repeat {
                skipWhitespace()
                result.append(try element(&self))
                skipWhitespace()
            } while try separator(closing: UInt8(ascii: "]"))
        }
        depth -= 1
        return result
    }

    /// Any value, checked and dropped.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try members { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): _ = try elements { reader in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try stringSpan()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try number()
        }
    }

    mutating func null() throws -> String? {
        try literal("null")
        return nil
    }

    /// A string, its escapes resolved.
    mutating func string() throws -> String {
        let (start, end, escaped) = try stringSpan()
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                continue
            }
            let code = raw[index]
            index += 1
            switch code {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var value = try Self.hex(raw, at: index)
                index += 4
                if (0xDC00...0xDFFF).contains(value) { throw GaveUp() }
                if (0xD800...0xDBFF).contains(value) {
                    guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                          raw[index + 1] == UInt8(ascii: "u") else { throw GaveUp() }
                    let low = try Self.hex(raw, at: index + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw GaveUp() }
                    index += 6
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { throw GaveUp() }
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            default: utf8.append(code)   // `"`, `\` or `/`, as `stringSpan` checked
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The bytes between a string's quotes, and whether they hold escapes; the reader moves
    /// past the closing quote. Control characters and unknown escapes give up.
    mutating func stringSpan() throws -> (start: Int, end: Int, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = position
        var escaped = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return (start, position - 1, escaped)
            }
            if byte < 0x20 { throw GaveUp() }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard position + 1 < bytes.count else { throw GaveUp() }
                switch bytes[position + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 2
                case UInt8(ascii: "u"):
                    _ = try Self.hex(bytes, at: position + 2)
                    position += 6
                default:
                    throw GaveUp()
                }
            } else {
                position += 1
            }
        }
        throw GaveUp()
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func number() throws {
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            try digits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            try digits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            try digits()
        }
    }

    /// One or more decimal digits.
    mutating func digits() throws {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        guard position > start else { throw GaveUp() }
    }

    mutating func literal(_ word: StaticString) throws {
        let end = position + word.utf8CodeUnitCount
        guard end <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[position..<end]).elementsEqual(
                  UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        else { throw GaveUp() }
        position = end
    }

    /// After a member or element: true at `,`, false at `closing` (consumed either way).
    mutating func separator(closing: UInt8) throws -> Bool {
        guard position < bytes.count else { throw GaveUp() }
        let byte = bytes[position]
        position += 1
        if byte == UInt8(ascii: ",") { return true }
        if byte == closing { return false }
        throw GaveUp()
    }

    /// Consumes the opening `bracket` and the whitespace after it, one level deeper.
    mutating func enter(_ bracket: UInt8) throws {
        depth += 1
        guard depth <= 64 else { throw GaveUp() }
        skipWhitespace()
        try expect(bracket)
        skipWhitespace()
    }

    mutating func expect(_ byte: UInt8) throws {
        guard position < bytes.count, bytes[position] == byte else { throw GaveUp() }
        position += 1
    }

    func peek() throws -> UInt8 {
        guard position < bytes.count else { throw GaveUp() }
        return bytes[position]
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The value of the four hexadecimal digits at `index`.
    static func hex(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) throws -> UInt32 {
        guard index + 4 <= buffer.count else { throw GaveUp() }
        var value: UInt32 = 0
        for byte in buffer[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GaveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
