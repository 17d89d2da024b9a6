/// A sparse matrix in compressed sparse row (CSR) form, e.g. bag-of-words features.
///
/// Invariant: within each row, column indices are strictly increasing.
public struct SparseMatrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Row i's entries are at positions `rowStarts[i]..<rowStarts[i + 1]`; count `rows + 1`.
    public let rowStarts: [Int]
    /// The column of each stored entry.
    public let columnIndices: [Int]
    /// The value of each stored entry.
    public let values: [Double]

    /// Creates a matrix from per-row (column, value) entries in any order; duplicates are summed.
    public init(columns: Int, rowEntries: [[(column: Int, value: Double)]]) {
        var starts = [0]
        var indices = [Int]()
        var entries = [Double]()
        for row in rowEntries {
            let sorted = row.sorted { $0.column < $1.column }
            for entry in sorted {
                precondition(entry.column >= 0 && entry.column < columns,
                             "column \(entry.column) out of range")
                if indices.count > starts[starts.count - 1] && indices[indices.count - 1] == entry.column {
                    entries[entries.count - 1] += entry.value
                } else {
                    indices.append(entry.column)
                    entries.append(entry.value)
                }
            }
            starts.append(indices.count)
        }
        rows = rowEntries.count
        self.columns = columns
        rowStarts = starts
        columnIndices = indices
        values = entries
    }

    /// Bag-of-words counts: row d holds, for each word id in `documents[d]`, its number of
    /// occurrences. - Precondition: word ids lie in `0..<vocabularySize`.
    public static func bagOfWords(documents: [[Int]], vocabularySize: Int) -> SparseMatrix {
        SparseMatrix(columns: vocabularySize, rowEntries: documents.map { words in
            words.map { (column: $0, value: 1.0) }
        })
    }

    /// Number of stored entries.
    public var storedCount: Int { values.count }

    /// The stored entries of row `i` as parallel column and value slices.
    public func row(_ i: Int) -> (columns: ArraySlice<Int>, values: ArraySlice<Double>) {
        let range = rowStarts[i]..<rowStarts[i + 1]
        return (columnIndices[range], values[range])
    }

    /// The matrix made of the given rows, in the given order.
    public func rows(_ indices: [Int]) -> SparseMatrix {
        SparseMatrix(columns: columns, rowEntries: indices.map { i in
            let entries = row(i)
            return zip(entries.columns, entries.values).map { (column: $0, value: $1) }
        })
    }

    /// Returns A·x, each row's sum taken in stored (ascending column) order.
    public func times(_ x: [Double]) -> [Double] {
        precondition(x.count == columns, "sparse-vector: \(columns) columns but vector of \(x.count)")
        return [Double](unsafeUninitializedCapacity: rows) { result, initializedCount in
            withStorage { starts, cols, vals in
                x.withUnsafeBufferPointer { x in
                    for i in 0..<rows {
                        var sum = 0.0
                        for p in starts[i]..<starts[i + 1] {
                            sum += vals[p] * x[cols[p]]
                        }
                        result.initializeElement(at: i, to: sum)
                    }
                }
            }
            initializedCount = rows
        }
    }

    /// Returns Aᵀ·x without forming Aᵀ, each entry accumulated over rows in ascending order.
    public func transposeTimes(_ x: [Double]) -> [Double] {
        precondition(x.count == rows, "sparse-transpose-vector: \(rows) rows but vector of \(x.count)")
        var result = [Double](repeating: 0, count: columns)
        withStorage { starts, cols, vals in
            x.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { result in
                    for i in 0..<rows {
                        let xi = x[i]
                        for p in starts[i]..<starts[i + 1] {
                            result[cols[p]] += vals[p] * xi
                        }
                    }
                }
            }
        }
        return result
    }

    /// Calls `body` with the row starts, column indices and values as buffers, for hot loops that
    /// rely on the invariants (starts ascending, columns in range) instead of bounds checks.
    private func withStorage<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Double>) -> Result
    ) -> Result {
        rowStarts.withUnsafeBufferPointer { starts in
            columnIndices.withUnsafeBufferPointer { cols in
                values.withUnsafeBufferPointer { vals in
                    body(starts, cols, vals)
                }
            }
        }
    }

    /// The dense equivalent, for tests and small examples.
    public func dense() -> Matrix {
        var result = Matrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for p in rowStarts[i]..<rowStarts[i + 1] {
                result[i, columnIndices[p]] = values[p]
            }
        }
        return result
    }
}
