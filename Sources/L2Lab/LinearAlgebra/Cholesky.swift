/// The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix.
public struct Cholesky: Sendable {
    /// The lower-triangular factor L (entries above the diagonal are zero).
    public let lower: Matrix

    /// Factors `matrix`, reading only its lower triangle.
    ///
    /// - Throws: `LinearAlgebraError.notSquare`, or `.notPositiveDefinite` when a pivot is not
    ///   strictly positive (including nan). Cost n³/3 multiply-adds.
    public init(_ matrix: Matrix) throws {
        guard matrix.rows == matrix.columns else {
            throw LinearAlgebraError.notSquare(rows: matrix.rows, columns: matrix.columns)
        }
        let n = matrix.rows
        var l = Matrix(rows: n, columns: n)
        for j in 0..<n {
            var pivot = matrix[j, j]
            for k in 0..<j {
                pivot -= l[j, k] * l[j, k]
            }
            guard pivot > 0 else {
                throw LinearAlgebraError.notPositiveDefinite(column: j, pivot: pivot)
            }
            let diagonal = pivot.squareRoot()
            l[j, j] = diagonal
            for i in (j + 1)..<n {
                var sum = matrix[i, j]
                for k in 0..<j {
                    sum -= l[i, k] * l[j, k]
                }
                l[i, j] = sum / diagonal
            }
        }
        lower = l
    }

    /// Returns x with A·x = b, by forward then backward substitution.
    public func solve(_ b: [Double]) -> [Double] {
        let n = lower.rows
        precondition(b.count == n, "solve: right-hand side of \(b.count) for a \(n)×\(n) system")
        var y = b
        for i in 0..<n {
            var sum = y[i]
            for k in 0..<i {
                sum -= lower[i, k] * y[k]
            }
            y[i] = sum / lower[i, i]
        }
        var x = y
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[i]
            for k in (i + 1)..<n {
                sum -= lower[k, i] * x[k]
            }
            x[i] = sum / lower[i, i]
        }
        return x
    }
}
