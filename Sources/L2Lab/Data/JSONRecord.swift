// The only file of the loaders that imports Foundation, for its JSON decoder.
import Foundation

/// Decodes JSON bytes into a record type and turns decoding failures into `DataLoadError`.
enum JSONRecord {
    /// Decodes `bytes` as a `T`; `path` and `line` (for JSON Lines) locate the text in errors.
    static func decode<T: Decodable, Bytes: Collection<UInt8>>(
        _ type: T.Type, from bytes: Bytes, path: String, line: Int? = nil
    ) throws -> T {
        let data = Data(bytes)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DataLoadError.malformed(path: path, line: line, expected: expectation(error, data: data))
        }
    }

    /// What the decoder expected, in words, with the place it looked.
    private static func expectation(_ error: DecodingError, data: Data) -> String {
        switch error {
        case let .typeMismatch(type, context):
            return "expected \(kind(type)) at \(place(context.codingPath))"
        case let .valueNotFound(type, context):
            return "expected \(kind(type)) at \(place(context.codingPath)), found null"
        case let .keyNotFound(key, context):
            return "expected key \"\(key.stringValue)\" in the object at \(place(context.codingPath))"
        case let .dataCorrupted(context):
            return "expected complete, valid JSON (\(syntaxError(in: data) ?? context.debugDescription))"
        @unknown default:
            return "expected a valid record (\(error))"
        }
    }

    /// The syntax error in `data` as `JSONSerialization` words it ("Unexpected end of file during
    /// JSON parse."); `JSONDecoder` reports only that the data was not valid JSON.
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey].map { "\($0)" }
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is [Any].Type: return "an array"
        case is [String: Any].Type: return "an object"
        default: return "a value of type \(type)"
        }
    }

    private static func place(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else {
            return "the top level"
        }
        return codingPath.enumerated().map { index, key in
            if let position = key.intValue {
                return "[\(position)]"
            }
            return index == 0 ? key.stringValue : ".\(key.stringValue)"
        }.joined()
    }
}
