extension Matrix {
    /// Returns A·x, each entry summed over columns in ascending order.
    public func times(_ x: [Double]) -> [Double] {
        precondition(x.count == columns, "matrix-vector: \(columns) columns but vector of \(x.count)")
        var result = [Double](repeating: 0, count: rows)
        elements.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { xs in
                for i in 0..<rows {
                    var sum = 0.0
                    let offset = i * columns
                    for j in 0..<columns {
                        sum += a[offset + j] * xs[j]
                    }
                    result[i] = sum
                }
            }
        }
        return result
    }

    /// Returns Aᵀ·x without forming Aᵀ, each entry summed over rows in ascending order.
    public func transposeTimes(_ x: [Double]) -> [Double] {
        precondition(x.count == rows, "transpose-matrix-vector: \(rows) rows but vector of \(x.count)")
        var result = [Double](repeating: 0, count: columns)
        elements.withUnsafeBufferPointer { a in
            result.withUnsafeMutableBufferPointer { ys in
                for i in 0..<rows {
                    let xi = x[i]
                    let offset = i * columns
                    for j in 0..<columns {
                        ys[j] += a[offset + j] * xi
                    }
                }
            }
        }
        return result
    }

    /// Returns A·B with a cache-blocked, register-tiled SIMD kernel.
    ///
    /// Every entry is accumulated over the inner index in ascending order, with a separate
    /// multiply and add (no fused multiply-add), so the result equals the naive triple loop bit
    /// for bit: tiling only changes how often A, B and C travel between memory and registers.
    public func times(_ other: Matrix) -> Matrix {
        precondition(columns == other.rows, "matrix-matrix: \(columns) columns but \(other.rows) rows")
        let (n, inner, m) = (rows, columns, other.columns)
        var result = Matrix(rows: n, columns: m)
        let innerBlock = 128
        let columnBlock = 256
        elements.withUnsafeBufferPointer { a in
            other.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    guard let aBase = a.baseAddress, let bBase = b.baseAddress,
                          let cBase = c.baseAddress else { return }
                    let shape = ProductShape(inner: inner, columns: m)
                    for jStart in stride(from: 0, to: m, by: columnBlock) {
                        let jEnd = min(jStart + columnBlock, m)
                        for kStart in stride(from: 0, to: inner, by: innerBlock) {
                            let kRange = kStart..<min(kStart + innerBlock, inner)
                            var i = 0
                            while i + 4 <= n {
                                var j = jStart
                                while j + 8 <= jEnd {
                                    shape.tile4x8(aBase, bBase, cBase, row: i, column: j, inner: kRange)
                                    j += 8
                                }
                                for row in i..<(i + 4) {
                                    shape.rowUpdate(aBase, bBase, cBase, row: row, columns: j..<jEnd,
                                                    inner: kRange)
                                }
                                i += 4
                            }
                            for row in i..<n {
                                shape.rowUpdate(aBase, bBase, cBase, row: row, columns: jStart..<jEnd,
                                                inner: kRange)
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}

/// The strides of a product A·B = C (A is n × inner, B is inner × columns), and its kernels.
private struct ProductShape {
    var inner: Int
    var columns: Int

    /// C[row..<row+4][column..<column+8] += A[rows][k]·B[k][columns] for k in `kRange`, in
    /// ascending k, with the 4 × 8 block of C held in eight SIMD registers.
    @inline(__always)
    func tile4x8(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        row: Int, column: Int, inner kRange: Range<Int>
    ) {
        let c0 = c + row * columns + column, c1 = c0 + columns, c2 = c1 + columns, c3 = c2 + columns
        var (c00, c01) = (load(c0), load(c0 + 4))
        var (c10, c11) = (load(c1), load(c1 + 4))
        var (c20, c21) = (load(c2), load(c2 + 4))
        var (c30, c31) = (load(c3), load(c3 + 4))
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        for k in kRange {
            let bRow = b + k * columns + column
            let (b0, b1) = (load(bRow), load(bRow + 4))
            let x0 = SIMD4(repeating: a0[k]), x1 = SIMD4(repeating: a1[k])
            let x2 = SIMD4(repeating: a2[k]), x3 = SIMD4(repeating: a3[k])
            c00 = c00 + x0 * b0; c01 = c01 + x0 * b1
            c10 = c10 + x1 * b0; c11 = c11 + x1 * b1
            c20 = c20 + x2 * b0; c21 = c21 + x2 * b1
            c30 = c30 + x3 * b0; c31 = c31 + x3 * b1
        }
        store(c00, c0); store(c01, c0 + 4)
        store(c10, c1); store(c11, c1 + 4)
        store(c20, c2); store(c21, c2 + 4)
        store(c30, c3); store(c31, c3 + 4)
    }

    /// C[row][columns] += A[row][k]·B[k][columns] for k in `kRange`, in ascending k.
    @inline(__always)
    func rowUpdate(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        row: Int, columns range: Range<Int>, inner kRange: Range<Int>
    ) {
        guard !range.isEmpty else { return }
        let cRow = c + row * columns
        for k in kRange {
            accumulateRow(a[row * inner + k], b + k * columns, cRow,
                          from: range.lowerBound, to: range.upperBound)
        }
    }

    @inline(__always)
    private func load(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    private func load(_ pointer: UnsafeMutablePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    private func store(_ value: SIMD4<Double>, _ pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD4<Double>.self)
    }

    /// c[j] += scalar·b[j] for j in start..<end, four lanes at a time.
    @inline(__always)
    private func accumulateRow(
        _ scalar: Double, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        from start: Int, to end: Int
    ) {
        let lanes = SIMD4<Double>(repeating: scalar)
        var j = start
        while j + 4 <= end {
            let bValues = UnsafeRawPointer(b + j).loadUnaligned(as: SIMD4<Double>.self)
            let cValues = UnsafeRawPointer(c + j).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(c + j).storeBytes(of: cValues + lanes * bValues, as: SIMD4<Double>.self)
            j += 4
        }
        while j < end {
            c[j] += scalar * b[j]
            j += 1
        }
    }
}
