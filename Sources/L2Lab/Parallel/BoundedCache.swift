import Synchronization

/// A thread-safe table of a pure function's results, for text functions that a program calls
/// again and again on the same input (the stem of a word, the tokens of a turn of dialogue).
/// It holds at most `capacity` entries and starts over when full, so its memory is bounded;
/// a value is always what `compute` returns, whether it was held or not.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    /// The most entries held.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value of `key`: the one held, or `compute(key)`, then held.
    func value(_ key: Key, _ compute: (Key) -> Value) -> Value {
        if let held = table.withLock({ $0[key] }) { return held }
        let value = compute(key)
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }

    /// How many entries are held.
    var count: Int { table.withLock { $0.count } }
}
