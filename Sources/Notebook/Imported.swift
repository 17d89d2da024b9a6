#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import NotebookChannel

/// A value that an earlier chapter exported, read with `imported(_:_:)`.
public struct ImportedValue: NotebookValue, CustomStringConvertible, Sendable {
    /// The chapter that exported it (`03-implementation`).
    public let chapter: String
    /// Its name there.
    public let name: String
    /// The text the exporting chapter showed for it.
    public let text: String
    /// The value as JSON.
    public let json: String

    public var notebookText: String { text }
    public var notebookJSON: String { json }
    public var description: String { text }

    /// The value as a number; stops the chapter with a message if it is not one.
    public var number: Double {
        guard let value = Double(json) else {
            fatalError("'\(name)' of \(chapter) is not a number but \(json)")
        }
        return value
    }
}

/// The value `name` that chapter `chapter` exported. The chapter must be listed under `uses:`
/// in the front matter, so that it runs first; a missing value stops the chapter with a message.
public func imported(_ chapter: String, _ name: String) -> ImportedValue {
    guard let value = ImportTable.values.first(where: { $0.chapter == chapter && $0.name == name }) else {
        let known = ImportTable.values.filter { $0.chapter == chapter }.map(\.name)
        if known.isEmpty {
            fatalError("no values from \(chapter): list it under 'uses:' in the front matter (or it failed)")
        }
        let exported = known.joined(separator: ", ")
        fatalError("\(chapter) exported no value named '\(name)'; it exports: \(exported)")
    }
    return value
}

/// The imported values, read once from the file named by `NOTEBOOK_IMPORTS`.
enum ImportTable {
    static let values: [ImportedValue] = {
        guard let path = getenv("NOTEBOOK_IMPORTS"), let file = fopen(path, "r") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return ImportedValue(chapter: fields[0], name: fields[1], text: fields[3], json: fields[2])
        }
    }()
}
