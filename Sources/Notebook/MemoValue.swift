/// A memoized value in its stored form: a tree of numbers, strings, lists and keyed fields,
/// written in a compact binary encoding. Numbers are kept as their bit patterns (a `Double`
/// reads back to the last bit, `-0.0`, infinities, subnormals and NaN payloads included), and
/// a `[Double]` is one packed run of them, so a stored training reads back at memory speed.
indirect enum MemoValue: Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case unsigned(UInt64)
    /// A `Double`'s bit pattern.
    case double(UInt64)
    /// A `Float`'s bit pattern.
    case float(UInt32)
    case string(String)
    /// A `[Double]`, packed.
    case doubles([Double])
    case list([MemoValue])
    case fields([String: MemoValue])

    /// Why stored bytes could not be read.
    struct Corrupt: Error {}

    /// The first bytes of every encoding (the format's name and version).
    static let magic = Array("memo-binary-1\n".utf8)

    private enum Tag: UInt8 {
        case null, `false`, `true`, integer, unsigned, double, float, string, doubles, list, fields
    }

    /// The binary encoding; fields are written in the order of their names, so equal values
    /// give equal bytes.
    var bytes: [UInt8] {
        var out = Self.magic
        write(to: &out)
        return out
    }

    /// The value encoded in `bytes`; throws `Corrupt` when they are not exactly one encoding.
    init(bytes: some Collection<UInt8>) throws {
        let array = Array(bytes)
        var reader = Reader(bytes: array, at: 0)
        guard array.starts(with: Self.magic) else { throw Corrupt() }
        reader.at = Self.magic.count
        self = try reader.value()
        guard reader.at == array.count else { throw Corrupt() }
    }

    private func write(to out: inout [UInt8]) {
        func word(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        switch self {
        case .null: out.append(Tag.null.rawValue)
        case .bool(let value): out.append(value ? Tag.true.rawValue : Tag.false.rawValue)
        case .integer(let value): out.append(Tag.integer.rawValue); word(UInt64(bitPattern: value))
        case .unsigned(let value): out.append(Tag.unsigned.rawValue); word(value)
        case .double(let bits): out.append(Tag.double.rawValue); word(bits)
        case .float(let bits): out.append(Tag.float.rawValue); word(UInt64(bits))
        case .string(let text):
            out.append(Tag.string.rawValue)
            word(UInt64(text.utf8.count))
            out.append(contentsOf: text.utf8)
        case .doubles(let values):
            out.append(Tag.doubles.rawValue)
            word(UInt64(values.count))
            out.reserveCapacity(out.count + 8 * values.count)
            for value in values { word(value.bitPattern) }
        case .list(let items):
            out.append(Tag.list.rawValue)
            word(UInt64(items.count))
            for item in items { item.write(to: &out) }
        case .fields(let fields):
            out.append(Tag.fields.rawValue)
            word(UInt64(fields.count))
            for name in fields.keys.sorted() {
                MemoValue.string(name).write(to: &out)
                fields[name]!.write(to: &out)
            }
        }
    }

    /// Reads values from bytes, checking every length against what is left.
    private struct Reader {
        var bytes: [UInt8]
        var at: Int

        mutating func word() throws -> UInt64 {
            guard bytes.count - at >= 8 else { throw Corrupt() }
            let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
            at += 8
            return UInt64(littleEndian: value)
        }

        /// A count of items that take at least `size` bytes each.
        mutating func count(each size: Int) throws -> Int {
            let count = try word()
            guard count <= UInt64(bytes.count - at) / UInt64(size) else { throw Corrupt() }
            return Int(count)
        }

        mutating func string() throws -> String {
            let count = try count(each: 1)
            defer { at += count }
            guard let text = String(validating: bytes[at..<at + count], as: UTF8.self) else { throw Corrupt() }
            return text
        }

        mutating func value() throws -> MemoValue {
            guard at < bytes.count, let tag = Tag(rawValue: bytes[at]) else { throw Corrupt() }
            at += 1
            switch tag {
            case .null: return .null
            case .false: return .bool(false)
            case .true: return .bool(true)
            case .integer: return .integer(Int64(bitPattern: try word()))
            case .unsigned: return .unsigned(try word())
            case .double: return .double(try word())
            case .float:
                guard let bits = UInt32(exactly: try word()) else { throw Corrupt() }
                return .float(bits)
            case .string: return .string(try string())
            case .doubles:
                let count = try count(each: 8)
                var values = [Double](repeating: 0, count: count)
                for index in 0..<count { values[index] = Double(bitPattern: try word()) }
                return .doubles(values)
            case .list:
                let count = try count(each: 1)
                var items: [MemoValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count { items.append(try value()) }
                return .list(items)
            case .fields:
                let count = try count(each: 2)
                var fields: [String: MemoValue] = [:]
                for _ in 0..<count {
                    guard case .string(let name) = try value(), fields[name] == nil else { throw Corrupt() }
                    fields[name] = try value()
                }
                return .fields(fields)
            }
        }
    }
}
