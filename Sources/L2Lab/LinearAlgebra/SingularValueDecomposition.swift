/// The thin singular value decomposition A = U·diag(σ)·Vᵀ of a dense matrix, by one-sided
/// (Hestenes) Jacobi rotations.
///
/// For an m × n matrix A with k = min(m, n): `u` is m × k and `v` is n × k, both with orthonormal
/// columns, and `singularValues` holds the k values σ₁ ≥ σ₂ ≥ … ≥ σ_k ≥ 0 in descending order
/// (ties keep their column order). Where σ = 0 exactly, the singular vector that would be divided
/// by σ (in `u`, or in `v` when m < n) is completed from the standard basis, so that the columns
/// stay orthonormal.
///
/// Determinism: the rotations run in a fixed cyclic order (pairs (i, j), i < j, row by row) and
/// every sum runs in index order, so the same matrix gives the same bits on every run. The sweeps
/// stop after the first sweep in which every pair was already orthogonal to the tolerance.
public struct SingularValueDecomposition: Sendable {
    /// The left singular vectors, m × k.
    public let u: Matrix
    /// The singular values, descending.
    public let singularValues: [Double]
    /// The right singular vectors, n × k.
    public let v: Matrix
    /// The number of sweeps over all column pairs that were needed.
    public let sweeps: Int

    /// Decomposes `matrix`.
    ///
    /// A pair of columns (a, b) is rotated while |a·b| > `tolerance`·‖a‖·‖b‖; the default
    /// tolerance is max(m, n)·ε, with ε = 2⁻⁵² (rounding alone leaves about that much). Each sweep
    /// costs about 3·max(m, n)·k²/2 multiply-adds; a well-scaled matrix needs 6 to 12 sweeps.
    /// - Precondition: every entry is finite.
    public init(_ matrix: Matrix, tolerance: Double? = nil, maximumSweeps: Int = 100) {
        precondition(matrix.elements.allSatisfy(\.isFinite), "SVD of a matrix with non-finite entries")
        // Orthogonalize the k columns of A (when m ≥ n) or of Aᵀ (when m < n), whichever has fewer.
        let transposes = matrix.rows < matrix.columns
        let work = transposes ? matrix.transposed() : matrix
        let length = work.rows
        let count = work.columns
        let threshold = tolerance ?? Double.ulpOfOne * Double(max(length, 1))
        var columns = (0..<count).map { j in (0..<length).map { work[$0, j] } }
        var rotations = (0..<count).map { j in (0..<count).map { $0 == j ? 1.0 : 0.0 } }
        var sweeps = 0
        var rotated = true
        while rotated && sweeps < maximumSweeps {
            rotated = false
            sweeps += 1
            for i in 0..<count {
                for j in (i + 1)..<count {
                    let alpha = squaredNorm(columns[i])
                    let beta = squaredNorm(columns[j])
                    let gamma = dot(columns[i], columns[j])
                    guard abs(gamma) > threshold * (alpha * beta).squareRoot(), gamma != 0 else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot()
                    let s = c * t
                    Self.rotate(&columns, i, j, c: c, s: s)
                    Self.rotate(&rotations, i, j, c: c, s: s)
                }
            }
        }
        let norms = columns.map { norm($0) }
        // Stable sort by descending norm: ties keep their column order.
        let order = norms.indices.sorted { norms[$0] > norms[$1] || (norms[$0] == norms[$1] && $0 < $1) }
        var left: [[Double]] = []
        for index in order where norms[index] > 0 {
            left.append(columns[index].map { $0 / norms[index] })
        }
        left = Self.completed(left, count: count, length: length)
        let right = order.map { rotations[$0] }
        let leftMatrix = Self.matrix(fromColumns: left, rows: length)
        let rightMatrix = Self.matrix(fromColumns: right, rows: count)
        u = transposes ? rightMatrix : leftMatrix
        v = transposes ? leftMatrix : rightMatrix
        singularValues = order.map { norms[$0] }
        self.sweeps = sweeps
    }

    /// U·diag(σ)·Vᵀ, the matrix that was decomposed (up to rounding).
    public func reconstructed() -> Matrix {
        var result = Matrix(rows: u.rows, columns: v.rows)
        for i in 0..<u.rows {
            for j in 0..<v.rows {
                var sum = 0.0
                for k in singularValues.indices {
                    sum += u[i, k] * singularValues[k] * v[j, k]
                }
                result[i, j] = sum
            }
        }
        return result
    }

    /// Σₖ filter(σₖ)·(uₖ·b)·vₖ, summed over k in descending order of σ.
    ///
    /// The filter decides what each direction contributes: 1/σ gives the pseudoinverse solution
    /// of A·x = b (with 0 for σ = 0), σ/(σ² + μ) gives ridge regression with penalty μ‖x‖².
    public func filteredSolve(_ b: [Double], filter: (Double) -> Double) -> [Double] {
        precondition(b.count == u.rows, "filteredSolve: \(b.count) values for \(u.rows) rows")
        let coefficients = u.transposeTimes(b)
        var result = [Double](repeating: 0, count: v.rows)
        for k in singularValues.indices {
            let weight = filter(singularValues[k]) * coefficients[k]
            for j in 0..<v.rows {
                result[j] += weight * v[j, k]
            }
        }
        return result
    }

    /// The minimum-norm least-squares solution A⁺·b: directions with σ ≤ `relativeTolerance`·σ₁
    /// are treated as exactly singular and contribute nothing.
    public func pseudoinverseSolve(_ b: [Double], relativeTolerance: Double = 1e-10) -> [Double] {
        let cutoff = relativeTolerance * (singularValues.first ?? 0)
        return filteredSolve(b) { $0 > cutoff ? 1 / $0 : 0 }
    }

    /// The number of singular values above `relativeTolerance`·σ₁.
    public func rank(relativeTolerance: Double = 1e-10) -> Int {
        let cutoff = relativeTolerance * (singularValues.first ?? 0)
        return singularValues.filter { $0 > cutoff }.count
    }

    // MARK: - Helpers

    /// Replaces columns i and j by c·xᵢ - s·xⱼ and s·xᵢ + c·xⱼ.
    private static func rotate(_ vectors: inout [[Double]], _ i: Int, _ j: Int, c: Double, s: Double) {
        for index in vectors[i].indices {
            let x = vectors[i][index]
            let y = vectors[j][index]
            vectors[i][index] = c * x - s * y
            vectors[j][index] = s * x + c * y
        }
    }

    /// Appends unit vectors orthogonal to `vectors` (standard basis vectors in order, orthogonalized
    /// twice by Gram-Schmidt) until there are `count` of them.
    private static func completed(_ vectors: [[Double]], count: Int, length: Int) -> [[Double]] {
        var result = vectors
        var candidate = 0
        while result.count < count && candidate < length {
            var e = [Double](repeating: 0, count: length)
            e[candidate] = 1
            candidate += 1
            for _ in 0..<2 {
                for q in result {
                    axpy(-dot(q, e), q, &e)
                }
            }
            let size = norm(e)
            if size > 0.5 {
                result.append(e.map { $0 / size })
            }
        }
        return result
    }

    private static func matrix(fromColumns columns: [[Double]], rows: Int) -> Matrix {
        var result = Matrix(rows: rows, columns: columns.count)
        for (j, column) in columns.enumerated() {
            for i in 0..<rows {
                result[i, j] = column[i]
            }
        }
        return result
    }
}
