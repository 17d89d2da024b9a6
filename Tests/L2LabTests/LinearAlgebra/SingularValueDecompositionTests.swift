import XCTest
@testable import L2Lab

final class SingularValueDecompositionTests: XCTestCase {
    private func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
        var generator = Xoshiro256StarStar(seed: seed)
        return Matrix(rows: rows, columns: columns,
                      elements: (0..<(rows * columns)).map { _ in generator.nextNormal() })
    }

    private func assertOrthonormalColumns(_ matrix: Matrix, tolerance: Double,
                                          file: StaticString = #filePath, line: UInt = #line) {
        let product = matrix.transposed().times(matrix)
        assertClose(product.elements, Matrix.identity(matrix.columns).elements, tolerance: tolerance,
                    "columns are not orthonormal", file: file, line: line)
    }

    func testKnownDiagonalAndRankOneMatrices() {
        let diagonal = SingularValueDecomposition(Matrix([[3, 0], [0, -5]]))
        assertClose(diagonal.singularValues, [5, 3], tolerance: 1e-15)
        // Rank one: [1, 2]ᵀ·[2, 2] has the single singular value ‖[1, 2]‖·‖[2, 2]‖ = √5·√8.
        let rankOne = SingularValueDecomposition(Matrix([[2, 2], [4, 4]]))
        assertClose(rankOne.singularValues, [Double(40).squareRoot(), 0], tolerance: 1e-14)
        XCTAssertEqual(rankOne.rank(), 1)
        assertOrthonormalColumns(rankOne.u, tolerance: 1e-15)
        // The 2×2 matrix [[2, 0], [1, 2]] has σ² = (9 ± √17)/2.
        let known = SingularValueDecomposition(Matrix([[2, 0], [1, 2]]))
        let root17 = Double(17).squareRoot()
        assertClose(known.singularValues, [((9 + root17) / 2).squareRoot(), ((9 - root17) / 2).squareRoot()],
                    tolerance: 1e-14)
    }

    func testReconstructsTallAndWideMatricesWithOrthonormalFactors() {
        for (rows, columns, seed) in [(30, 12, UInt64(1)), (12, 30, 2), (20, 20, 3), (1, 5, 4)] {
            let a = randomMatrix(rows: rows, columns: columns, seed: seed)
            let svd = SingularValueDecomposition(a)
            let k = min(rows, columns)
            XCTAssertEqual(svd.u.rows, rows)
            XCTAssertEqual(svd.u.columns, k)
            XCTAssertEqual(svd.v.rows, columns)
            XCTAssertEqual(svd.v.columns, k)
            assertClose(svd.reconstructed().elements, a.elements, tolerance: 1e-12, "\(rows)×\(columns)")
            assertOrthonormalColumns(svd.u, tolerance: 1e-13)
            assertOrthonormalColumns(svd.v, tolerance: 1e-13)
            XCTAssertTrue(zip(svd.singularValues, svd.singularValues.dropFirst()).allSatisfy { $0 >= $1 },
                          "singular values are sorted in descending order")
        }
    }

    func testSingularValuesAreSquareRootsOfGramEigenvalues() {
        // Each right singular vector v satisfies AᵀA·v = σ²·v.
        let a = randomMatrix(rows: 15, columns: 6, seed: 9)
        let svd = SingularValueDecomposition(a)
        let gram = a.transposed().times(a)
        for k in 0..<6 {
            let vector = (0..<6).map { svd.v[$0, k] }
            let image = gram.times(vector)
            let sigmaSquared = svd.singularValues[k] * svd.singularValues[k]
            assertClose(image, vector.map { $0 * sigmaSquared }, tolerance: 1e-11)
        }
    }

    func testRankDeficientMatrixKeepsOrthonormalLeftVectors() {
        // A zero column and a repeated column: rank 2 of 4.
        let a = Matrix([[1, 0, 2, 2], [3, 0, 1, 1], [0, 0, 5, 5], [2, 0, 0, 0], [1, 0, 1, 1]])
        let svd = SingularValueDecomposition(a)
        XCTAssertEqual(svd.rank(), 2)
        XCTAssertEqual(svd.singularValues[3], 0, accuracy: 1e-14)
        assertOrthonormalColumns(svd.u, tolerance: 1e-14)
        assertOrthonormalColumns(svd.v, tolerance: 1e-14)
        assertClose(svd.reconstructed().elements, a.elements, tolerance: 1e-13)
    }

    func testFilteredSolveGivesRidgeAndPseudoinverseSolutions() throws {
        let a = randomMatrix(rows: 10, columns: 14, seed: 5)
        var generator = Xoshiro256StarStar(seed: 6)
        let b = (0..<10).map { _ in generator.nextNormal() }
        let svd = SingularValueDecomposition(a)
        // Ridge: (AᵀA + μI)·x = Aᵀb, solved independently by Cholesky.
        let mu = 0.3
        var gram = a.transposed().times(a)
        for i in 0..<14 {
            gram[i, i] += mu
        }
        let ridge = svd.filteredSolve(b) { $0 / ($0 * $0 + mu) }
        assertClose(ridge, try Cholesky(gram).solve(a.transposeTimes(b)), tolerance: 1e-12)
        // The pseudoinverse solution of a wide system interpolates b and lies in the row space,
        // so it equals Aᵀ·(AAᵀ)⁻¹·b.
        let minimumNorm = svd.pseudoinverseSolve(b)
        assertClose(a.times(minimumNorm), b, tolerance: 1e-12)
        let rowSpace = try Cholesky(a.times(a.transposed())).solve(b)
        assertClose(minimumNorm, a.transposeTimes(rowSpace), tolerance: 1e-12)
    }

    func testSameMatrixGivesSameBits() {
        let a = randomMatrix(rows: 25, columns: 18, seed: 11)
        let first = SingularValueDecomposition(a)
        let second = SingularValueDecomposition(a)
        XCTAssertEqual(first.singularValues, second.singularValues)
        XCTAssertEqual(first.u, second.u)
        XCTAssertEqual(first.v, second.v)
        XCTAssertEqual(first.sweeps, second.sweeps)
        XCTAssertLessThan(first.sweeps, 20, "Jacobi sweeps converge quadratically")
    }
}
