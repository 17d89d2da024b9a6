/// A dense matrix of `Double` stored contiguously in row-major order.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries row after row: entry (i, j) is at `i * columns + j`.
    public var elements: [Double]

    /// Creates a `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        elements = [Double](repeating: value, count: rows * columns)
    }

    /// Creates a matrix from row-major `elements`. - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns,
                     "expected \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Creates a matrix from an array of equally long rows.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "rows must have equal lengths")
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// The `size × size` identity matrix.
    public static func identity(_ size: Int) -> Matrix {
        var result = Matrix(rows: size, columns: size)
        for i in 0..<size {
            result[i, i] = 1
        }
        return result
    }

    /// The entry in row `i`, column `j`.
    public subscript(i: Int, j: Int) -> Double {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        Array(elements[(i * columns)..<((i + 1) * columns)])
    }

    /// The matrix made of the given rows, in the given order.
    public func rows(_ indices: [Int]) -> Matrix {
        var result = [Double]()
        result.reserveCapacity(indices.count * columns)
        for i in indices {
            result.append(contentsOf: elements[(i * columns)..<((i + 1) * columns)])
        }
        return Matrix(rows: indices.count, columns: columns, elements: result)
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns {
                result.elements[j * rows + i] = elements[i * columns + j]
            }
        }
        return result
    }
}
