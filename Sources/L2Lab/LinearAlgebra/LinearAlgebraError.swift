/// Failures of the dense factorizations.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// Cholesky found a non-positive pivot: the matrix is not (numerically) positive definite.
    case notPositiveDefinite(column: Int, pivot: Double)
    /// The matrix must be square.
    case notSquare(rows: Int, columns: Int)

    /// A message that says what failed and what to try.
    public var description: String {
        switch self {
        case let .notPositiveDefinite(column, pivot):
            return "matrix is not positive definite: pivot \(pivot) in column \(column); "
                + "check symmetry or add a ridge term (lambda > 0)"
        case let .notSquare(rows, columns):
            return "matrix is \(rows)×\(columns) but must be square"
        }
    }
}
