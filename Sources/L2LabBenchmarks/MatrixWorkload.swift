import L2Lab

/// Workload (4): the dense product `Matrix.times(_:)` of two n × n matrices.
enum MatrixWorkload {
    /// The operands, from a formula the reference repeats: entries are multiples of 1/101 and
    /// 1/103 in [-0.5, 0.5), so every product and sum is well conditioned.
    static func operands(size n: Int) -> (Matrix, Matrix) {
        var a = Matrix(rows: n, columns: n)
        var b = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in 0..<n {
                a[i, j] = Double((7 * i + 13 * j) % 101) / 101 - 0.5
                b[i, j] = Double((11 * i + 5 * j) % 103) / 103 - 0.5
            }
        }
        return (a, b)
    }

    /// Times one product of the size-n operands (built before the clock starts), after one
    /// untimed product that warms caches and the allocator, as the reference does for its BLAS.
    ///
    /// Checksums: the sum of all entries of the product and its entry (n-1, 0).
    static func product(size n: Int) -> WorkloadResult {
        let (a, b) = operands(size: n)
        _ = a.times(b)
        let (product, seconds) = Stopwatch.time { a.times(b) }
        return WorkloadResult(name: "matmul-\(n)", seconds: seconds,
                              checksums: [product.elements.reduce(0, +), product[n - 1, 0]])
    }
}
