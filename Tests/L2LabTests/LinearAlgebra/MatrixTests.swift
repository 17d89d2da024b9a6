import XCTest
@testable import L2Lab

final class MatrixTests: XCTestCase {
    private func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var generator = Xoshiro256StarStar(seed: seed)
        return Matrix(rows: rows, columns: columns, elements: (0..<(rows * columns)).map { _ in
            generator.nextNormal()
        })
    }

    private func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for k in 0..<a.columns {
                    sum += a[i, k] * b[k, j]
                }
                c[i, j] = sum
            }
        }
        return c
    }

    func testMatrixVectorProductsOnHandComputedValues() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(a.times([1, 0, -1]), [-2, -2])
        XCTAssertEqual(a.transposeTimes([1, -1]), [-3, -3, -3])
        XCTAssertEqual(a.transposed(), Matrix([[1, 4], [2, 5], [3, 6]]))
        XCTAssertEqual(a.row(1), [4, 5, 6])
        XCTAssertEqual(a.rows([1, 0]), Matrix([[4, 5, 6], [1, 2, 3]]))
    }

    func testMatrixProductOnHandComputedValues() {
        let a = Matrix([[1, 2], [3, 4]])
        let b = Matrix([[5, 6, 7], [8, 9, 10]])
        XCTAssertEqual(a.times(b), Matrix([[21, 24, 27], [47, 54, 61]]))
        XCTAssertEqual(Matrix.identity(2).times(a), a)
    }

    func testBlockedProductEqualsNaiveProductExactly() {
        // Sizes cross the 64-wide inner block and the 4-wide SIMD lanes with remainders.
        let a = randomMatrix(37, 131, seed: 1)
        let b = randomMatrix(131, 263, seed: 2)
        XCTAssertEqual(a.times(b), naiveProduct(a, b))
    }

    func testTransposeTimesEqualsProductWithTranspose() {
        let a = randomMatrix(9, 5, seed: 3)
        let x = (0..<9).map { Double($0) - 4 }
        let viaTranspose = a.transposed().times(x)
        let direct = a.transposeTimes(x)
        for j in 0..<5 {
            XCTAssertEqual(direct[j], viaTranspose[j], accuracy: 1e-12)
        }
    }
}
