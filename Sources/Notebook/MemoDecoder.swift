/// Decodes a `Codable` value from its stored form (`MemoValue`); a value of another shape
/// throws, so a stored value that does not fit its type is a miss.
struct MemoDecoder {
    func decode<T: Decodable>(_ type: T.Type, from value: MemoValue) throws -> T {
        try Decoding(value: value, codingPath: []).decodeValue(type)
    }

    static func mismatch(_ type: Any.Type, _ codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "not a stored \(type)"))
    }

    struct Decoding: Decoder {
        var value: MemoValue
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// The value as `type`: the shapes `MemoEncoder.Encoding.encodeValue` writes directly are
        /// read directly, anything else through its `init(from:)`.
        func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            switch value {
            case .doubles(let values) where T.self == [Double].self: return values as! T
            case .double(let bits) where T.self == Double.self: return Double(bitPattern: bits) as! T
            case .string(let text) where T.self == String.self: return text as! T
            case .integer(let number) where T.self == Int.self:
                guard let number = Int(exactly: number) else { throw MemoDecoder.mismatch(type, codingPath) }
                return number as! T
            default: return try T(from: self)
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .fields(let fields) = value else { throw MemoDecoder.mismatch([String: Any].self, codingPath) }
            return KeyedDecodingContainer(Fields(fields: fields, codingPath: codingPath))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            switch value {
            case .list(let items): return Items(items: items, codingPath: codingPath)
            case .doubles(let values): return Items(items: values.map { .double($0.bitPattern) }, codingPath: codingPath)
            default: throw MemoDecoder.mismatch([Any].self, codingPath)
            }
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoding: self) }
    }

    struct Fields<Key: CodingKey>: KeyedDecodingContainerProtocol {
        var fields: [String: MemoValue]
        var codingPath: [any CodingKey]
        var allKeys: [Key] { fields.keys.sorted().compactMap(Key.init(stringValue:)) }

        func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

        private func child(_ key: Key) throws -> Decoding {
            guard let value = fields[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not stored"))
            }
            return Decoding(value: value, codingPath: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try child(key).value == .null }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try child(key).decodeValue(type)
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                   forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(key).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { try child(Key(stringValue: "super")!) }
        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    struct Items: UnkeyedDecodingContainer {
        var items: [MemoValue]
        var codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [MemoValue], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        private mutating func next() throws -> Decoding {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "no more items"))
            }
            defer { currentIndex += 1 }
            return Decoding(value: items[currentIndex], codingPath: codingPath)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, items[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
            throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next().unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    struct Single: SingleValueDecodingContainer {
        var decoding: Decoding
        var codingPath: [any CodingKey] { decoding.codingPath }

        private func mismatch(_ type: Any.Type) -> DecodingError { MemoDecoder.mismatch(type, codingPath) }
        private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            switch decoding.value {
            case .integer(let number): if let value = T(exactly: number) { return value }
            case .unsigned(let number): if let value = T(exactly: number) { return value }
            default: break
            }
            throw mismatch(type)
        }

        func decodeNil() -> Bool { decoding.value == .null }
        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let value) = decoding.value else { throw mismatch(type) }
            return value
        }
        func decode(_ type: String.Type) throws -> String {
            guard case .string(let value) = decoding.value else { throw mismatch(type) }
            return value
        }
        func decode(_ type: Double.Type) throws -> Double {
            guard case .double(let bits) = decoding.value else { throw mismatch(type) }
            return Double(bitPattern: bits)
        }
        func decode(_ type: Float.Type) throws -> Float {
            guard case .float(let bits) = decoding.value else { throw mismatch(type) }
            return Float(bitPattern: bits)
        }
        func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoding.decodeValue(type) }
    }
}
