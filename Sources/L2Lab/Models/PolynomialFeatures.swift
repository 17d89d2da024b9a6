/// Polynomial feature expansion of a scalar input.
public enum PolynomialFeatures {
    /// Returns the n × degree matrix with row i = [xᵢ, xᵢ², …, xᵢ^degree] (no constant column:
    /// the models carry their own bias). Powers are formed by repeated multiplication.
    public static func expand(_ x: [Double], degree: Int) -> Matrix {
        precondition(degree >= 1, "degree must be at least 1")
        var result = Matrix(rows: x.count, columns: degree)
        for (i, value) in x.enumerated() {
            var power = 1.0
            for j in 0..<degree {
                power *= value
                result[i, j] = power
            }
        }
        return result
    }
}

/// Per-column standardization (z-scores) fitted on training data and reused on other data.
public struct Standardizer: Equatable, Sendable {
    /// Column means of the fitting data.
    public let means: [Double]
    /// Column population standard deviations of the fitting data (1 where a column is constant).
    public let scales: [Double]

    /// Fits means and standard deviations of the columns of `data`, in row order.
    public init(fitting data: Matrix) {
        let n = Double(data.rows)
        var means = [Double](repeating: 0, count: data.columns)
        var squares = [Double](repeating: 0, count: data.columns)
        for i in 0..<data.rows {
            for j in 0..<data.columns {
                means[j] += data[i, j]
            }
        }
        means = means.map { $0 / n }
        for i in 0..<data.rows {
            for j in 0..<data.columns {
                let deviation = data[i, j] - means[j]
                squares[j] += deviation * deviation
            }
        }
        self.means = means
        scales = squares.map { total in
            let deviation = (total / n).squareRoot()
            return deviation > 0 ? deviation : 1
        }
    }

    /// Returns (x - mean) / scale column by column.
    public func transform(_ data: Matrix) -> Matrix {
        precondition(data.columns == means.count, "expected \(means.count) columns, got \(data.columns)")
        var result = data
        for i in 0..<data.rows {
            for j in 0..<data.columns {
                result[i, j] = (data[i, j] - means[j]) / scales[j]
            }
        }
        return result
    }
}
