/// Encodes a `Codable` value into its stored form (`MemoValue`).
struct MemoEncoder {
    func encode(_ value: some Encodable) throws -> MemoValue {
        let node = Node()
        try Encoding(node: node, codingPath: []).encodeValue(value)
        return node.resolved()
    }

    /// A value being encoded: written once as a whole, or filled field by field or item by item
    /// through a container the value's `encode(to:)` keeps.
    final class Node {
        var value = MemoValue.null
        var fields: [String: Node]?
        var items: [Node]?

        func resolved() -> MemoValue {
            if let fields { return .fields(fields.mapValues { $0.resolved() }) }
            if let items { return .list(items.map { $0.resolved() }) }
            return value
        }
    }

    struct Encoding: Encoder {
        var node: Node
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// Stores `value` in `node`: numbers and strings as themselves, a `[Double]` packed, and
        /// anything else through its `encode(to:)`.
        func encodeValue<T: Encodable>(_ value: T) throws {
            switch value {
            case let value as Double: node.value = .double(value.bitPattern)
            case let value as [Double]: node.value = .doubles(value)
            case let value as String: node.value = .string(value)
            case let value as Int: node.value = .integer(Int64(value))
            default: try value.encode(to: self)
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if node.fields == nil { node.fields = [:] }
            return KeyedEncodingContainer(Fields(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if node.items == nil { node.items = [] }
            return Items(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoding: self) }
    }

    struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        var node: Node
        var codingPath: [any CodingKey]

        private func child(_ key: Key) -> Encoding {
            let child = Node()
            node.fields![key.stringValue] = child
            return Encoding(node: child, codingPath: codingPath + [key])
        }

        func encodeNil(forKey key: Key) throws { child(key).node.value = .null }
        func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encodeValue(value) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                   forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            child(key).container(keyedBy: keyType)
        }
        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            child(key).unkeyedContainer()
        }
        func superEncoder() -> any Encoder { child(Key(stringValue: "super")!) }
        func superEncoder(forKey key: Key) -> any Encoder { child(key) }
    }

    struct Items: UnkeyedEncodingContainer {
        var node: Node
        var codingPath: [any CodingKey]
        var count: Int { node.items!.count }

        private func next() -> Encoding {
            let child = Node()
            node.items!.append(child)
            return Encoding(node: child, codingPath: codingPath)
        }

        func encodeNil() throws { next().node.value = .null }
        func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            next().container(keyedBy: keyType)
        }
        func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }
        func superEncoder() -> any Encoder { next() }
    }

    struct Single: SingleValueEncodingContainer {
        var encoding: Encoding
        var codingPath: [any CodingKey] { encoding.codingPath }

        func encodeNil() throws { encoding.node.value = .null }
        func encode(_ value: Bool) throws { encoding.node.value = .bool(value) }
        func encode(_ value: String) throws { encoding.node.value = .string(value) }
        func encode(_ value: Double) throws { encoding.node.value = .double(value.bitPattern) }
        func encode(_ value: Float) throws { encoding.node.value = .float(value.bitPattern) }
        func encode(_ value: Int) throws { encoding.node.value = .integer(Int64(value)) }
        func encode(_ value: Int8) throws { encoding.node.value = .integer(Int64(value)) }
        func encode(_ value: Int16) throws { encoding.node.value = .integer(Int64(value)) }
        func encode(_ value: Int32) throws { encoding.node.value = .integer(Int64(value)) }
        func encode(_ value: Int64) throws { encoding.node.value = .integer(value) }
        func encode(_ value: UInt) throws { encoding.node.value = .unsigned(UInt64(value)) }
        func encode(_ value: UInt8) throws { encoding.node.value = .unsigned(UInt64(value)) }
        func encode(_ value: UInt16) throws { encoding.node.value = .unsigned(UInt64(value)) }
        func encode(_ value: UInt32) throws { encoding.node.value = .unsigned(UInt64(value)) }
        func encode(_ value: UInt64) throws { encoding.node.value = .unsigned(value) }
        func encode<T: Encodable>(_ value: T) throws { try encoding.encodeValue(value) }
    }
}
