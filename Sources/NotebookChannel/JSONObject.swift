/// A minimal JSON writer for the side channel: objects of strings, numbers and arrays, with
/// the fields named by `ChannelKey` and written in the order they were added (never a
/// dictionary's order).
public struct JSONObject {
    private var fields: [String] = []

    /// An object with no fields yet (a series or a mark inside an event).
    public init() {}

    /// An event of `kind`: its `type` field first.
    public init(event kind: ChannelEventKind) {
        add(.type, kind.rawValue)
    }

    /// Adds a field whose value is already JSON text.
    public mutating func add(_ key: ChannelKey, json: String) {
        fields.append(JSON.string(key.rawValue) + ":" + json)
    }

    /// Adds a string field.
    public mutating func add(_ key: ChannelKey, _ value: String) {
        add(key, json: JSON.string(value))
    }

    /// Adds an integer field.
    public mutating func add(_ key: ChannelKey, _ value: Int) {
        add(key, json: String(value))
    }

    /// Adds a Boolean field.
    public mutating func add(_ key: ChannelKey, _ value: Bool) {
        add(key, json: value ? "true" : "false")
    }

    /// The object as JSON text.
    public var text: String { "{" + fields.joined(separator: ",") + "}" }
}

/// JSON encodings of scalar values.
public enum JSON {
    /// A quoted, escaped JSON string.
    public static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON number in Swift's shortest round-trip form; `null` for NaN and infinities,
    /// which JSON cannot hold.
    public static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    /// A JSON array of already-encoded elements.
    public static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }
}
