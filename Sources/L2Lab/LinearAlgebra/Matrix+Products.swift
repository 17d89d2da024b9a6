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

    /// Returns A·B with a cache-blocked, SIMD kernel.
    ///
    /// Every entry is accumulated over the inner index in ascending order, so the result equals
    /// the naive triple loop bit for bit.
    public func times(_ other: Matrix) -> Matrix {
        precondition(columns == other.rows, "matrix-matrix: \(columns) columns but \(other.rows) rows")
        let (n, inner, m) = (rows, columns, other.columns)
        var result = Matrix(rows: n, columns: m)
        let innerBlock = 64
        let columnBlock = 256
        elements.withUnsafeBufferPointer { a in
            other.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    guard let aBase = a.baseAddress, let bBase = b.baseAddress,
                          let cBase = c.baseAddress else { return }
                    for jStart in stride(from: 0, to: m, by: columnBlock) {
                        let jEnd = min(jStart + columnBlock, m)
                        for kStart in stride(from: 0, to: inner, by: innerBlock) {
                            let kEnd = min(kStart + innerBlock, inner)
                            for i in 0..<n {
                                let cRow = cBase + i * m
                                for k in kStart..<kEnd {
                                    let aik = aBase[i * inner + k]
                                    let bRow = bBase + k * m
                                    accumulateRow(aik, bRow, cRow, from: jStart, to: jEnd)
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
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
