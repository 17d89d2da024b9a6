internal import NotebookChannel
import Foundation
import Synchronization

/// The value of `compute`, kept across builds: the first build that reaches this call runs
/// `compute` and stores its value in the book's cache (`.book-cache/memo/`); later builds load
/// it instead, as long as nothing it could depend on has changed.
///
///     let sweep = memo("bigram sweep") { trainAll(lambdas) }
///
/// The value's key covers the chapter's program up to the end of this call (the cells before
/// it and this cell up to here, as written, not where they stand in the Markdown file), the
/// functions and types declared anywhere in the chapter, the libraries, the toolchain, the
/// corpora's manifests, the imported values, the files under the book's root that the program
/// has opened so far, the name, and how many times this call was made before with this name.
/// A stored value that cannot be read back is recomputed.
///
/// The value always goes through its stored form (`MemoValue`, a binary encoding that keeps
/// every number to the last bit) before it is returned, computed or
/// loaded, so the chapter prints, plots and exports the same bytes either way. What `compute`
/// prints, shows or checks happens only when it runs: compute inside the block, show outside.
public func memo<Value: Codable>(_ name: String, line: Int = #line,
                                 _ compute: () throws -> Value) rethrows -> Value {
    let key = MemoStore.key(name: name, line: line, type: String(reflecting: Value.self))
    if let stored = MemoStore.load(key: key),
       let value = try? MemoStore.decode(Value.self, from: stored.payload) {
        MemoStore.report(name: name, key: key, bytes: stored.size, loaded: true)
        return value
    }
    MemoStore.missed()
    let value = try compute()
    guard let payload = try? MemoStore.encode(value, name: name),
          let copy = try? MemoStore.decode(Value.self, from: payload)
    else {
        fatalError("memo(\"\(name)\"): the value cannot be stored and read back")
    }
    let size = MemoStore.store(payload, key: key)
    MemoStore.report(name: name, key: key, bytes: size, loaded: false)
    return copy
}

/// Where memoized values are kept, and how their keys are made.
enum MemoStore {
    /// The stored form of a value.
    struct Box<Value: Codable>: Codable {
        var name: String
        var value: Value
    }

    /// The cell running now (nil while the prose's inline values are evaluated).
    static var currentCell: Int? {
        get { running.withLock { $0 } }
        set { running.withLock { $0 = newValue } }
    }
    private static let running = Mutex<Int?>(nil)
    /// How many times each (program prefix, name) was memoized so far in this run.
    private static let calls = Mutex<[String: Int]>([:])

    /// The stored form of `value` (`MemoValue`'s binary encoding of a `Box`).
    static func encode<Value: Codable>(_ value: Value, name: String) throws -> Data {
        Data(try MemoEncoder().encode(Box(name: name, value: value)).bytes)
    }

    /// The value stored in `payload`; throws when it is not a stored `Value`.
    static func decode<Value: Codable>(_ type: Value.Type, from payload: Data) throws -> Value {
        try MemoDecoder().decode(Box<Value>.self, from: MemoValue(bytes: payload)).value
    }

    /// Called before a value is computed: when `book` runs the program only to load values
    /// (`NOTEBOOK_MEMO_LOAD_ONLY`, a file's path), it creates that file and stops the program, so
    /// that `book` runs the optimized build instead (see `ChapterRunner`).
    static func missed() {
        guard let marker = variable("NOTEBOOK_MEMO_LOAD_ONLY") else { return }
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        exit(loadOnlyMissStatus)
    }

    /// The exit status of a program stopped by `missed()`.
    static let loadOnlyMissStatus: Int32 = 75

    private static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// The keys of the program's prefixes, written by `book` (`NOTEBOOK_MEMO_KEYS`): lines
    /// `site<TAB>line<TAB>cell<TAB>hash` for each `memo` call written in a cell, and
    /// `cell<TAB>index<TAB>hash` for each cell's end (`-1`: the whole program).
    private static let prefixes: (sites: [Int: (cell: Int, hash: String)], cells: [Int: String]) = {
        var sites: [Int: (cell: Int, hash: String)] = [:]
        var cells: [Int: String] = [:]
        guard let path = variable("NOTEBOOK_MEMO_KEYS"),
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (sites, cells) }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 4, fields[0] == "site", let row = Int(fields[1]), let cell = Int(fields[2]) {
                sites[row] = (cell, fields[3])
            } else if fields.count == 3, fields[0] == "cell", let cell = Int(fields[1]) {
                cells[cell] = fields[2]
            }
        }
        return (sites, cells)
    }()

    /// The key of the call of `name` at `line`: the prefix of the program up to the call when
    /// the call is written in the running cell, else up to the running cell's end (a call
    /// inside a function declared earlier depends on where it is called from). It begins with
    /// the prefix's hash, so that `book` can tell before compiling whether the store holds a
    /// value for each call site (`MemoKeys.allStored`).
    static func key(name: String, line: Int, type: String) -> String {
        let cell = currentCell ?? -1
        let prefix: String
        if let site = prefixes.sites[line], site.cell == cell {
            prefix = site.hash
        } else {
            prefix = prefixes.cells[cell] ?? "no-prefix"
        }
        let occurrence = calls.withLock { calls in
            defer { calls[prefix + "\n" + name, default: 0] += 1 }
            return calls[prefix + "\n" + name, default: 0]
        }
        let parts = ["memo-2", prefix, name, String(occurrence), type, filesRead()]
        let group = prefix.utf8.count == 64 ? prefix : SHA256.hex(prefix)
        return group + "-" + SHA256.hex(parts.map { "\($0.utf8.count)\n\($0)" }.joined())
    }

    /// The files under the book's root opened so far (as the tracer recorded them, without
    /// the excluded folders), each with the digest of its contents now.
    private static func filesRead() -> String {
        guard let trace = variable("BOOK_TRACE_FILE"), let root = variable("NOTEBOOK_BOOK_ROOT"),
              let data = FileManager.default.contents(atPath: trace) else { return "" }
        let excluded = (variable("NOTEBOOK_TRACE_EXCLUDE") ?? "").split(separator: "\n").map { $0 + "/" }
        var seen = Set<String>()
        var lines: [String] = []
        for line in data.split(separator: 0x0A) {
            let path = String(decoding: line, as: UTF8.self)
            guard path.hasPrefix(root + "/"), !excluded.contains(where: { path.hasPrefix($0) }),
                  seen.insert(path).inserted else { continue }
            let contents = FileManager.default.contents(atPath: path).map { SHA256.hex(Array($0)) }
            lines.append(String(path.dropFirst(root.count + 1)) + "\t" + (contents ?? "unreadable"))
        }
        return lines.joined(separator: "\n")
    }

    private static var folder: String? { variable("NOTEBOOK_MEMO_STORE") }

    /// The stored payload of `key` if it is intact; it is marked as used (for the store's
    /// least-recently-used eviction).
    static func load(key: String) -> (payload: Data, size: Int)? {
        guard let folder else { return nil }
        let path = folder + "/" + key + ".json"
        guard let data = FileManager.default.contents(atPath: path),
              let newline = data.firstIndex(of: 0x0A) else { return nil }
        let payload = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == SHA256.hex(Array(payload)) else {
            return nil
        }
        utimes(path, nil)
        return (Data(payload), data.count)
    }

    /// Stores `payload` under `key` (a checksum line, then the binary encoding), written in full under a
    /// temporary name and renamed into place; returns its size, 0 when there is no store.
    static func store(_ payload: Data, key: String) -> Int {
        guard let folder else { return 0 }
        var data = Data((SHA256.hex(Array(payload)) + "\n").utf8)
        data.append(payload)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + key + ".json"
        let temporary = folder + "/." + key + ".\(getpid()).partial"
        guard FileManager.default.createFile(atPath: temporary, contents: data),
              rename(temporary, path) == 0 else {
            unlink(temporary)
            return 0
        }
        return data.count
    }

    /// Tells `book` which value was used, so that `book list` and `book clean --unused` know it.
    static func report(name: String, key: String, bytes: Int, loaded: Bool) {
        var object = JSONObject(event: .memo)
        object.add(.name, name)
        object.add(.key, key)
        object.add(.bytes, bytes)
        object.add(.loaded, loaded)
        OutputChannel.send(object)
    }
}
