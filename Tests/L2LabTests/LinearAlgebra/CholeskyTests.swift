import XCTest
@testable import L2Lab

final class CholeskyTests: XCTestCase {
    func testFactorOfHandComputedMatrix() throws {
        let a = Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let factor = try Cholesky(a)
        XCTAssertEqual(factor.lower, Matrix([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]))
        let x = factor.solve([1, 2, 3])
        let residual = a.times(x)
        for i in 0..<3 {
            XCTAssertEqual(residual[i], Double(i + 1), accuracy: 1e-10)
        }
    }

    func testSolvesRandomSymmetricPositiveDefiniteSystem() throws {
        var generator = Xoshiro256StarStar(seed: 17)
        let b = Matrix(rows: 20, columns: 12, elements: (0..<240).map { _ in generator.nextNormal() })
        var gram = b.transposed().times(b)
        for i in 0..<12 {
            gram[i, i] += 0.1
        }
        let rhs = (0..<12).map { _ in generator.nextNormal() }
        let x = try Cholesky(gram).solve(rhs)
        let residual = gram.times(x)
        for i in 0..<12 {
            XCTAssertEqual(residual[i], rhs[i], accuracy: 1e-10)
        }
    }

    func testRejectsNonPositiveDefiniteAndNonSquareMatrices() {
        XCTAssertThrowsError(try Cholesky(Matrix([[1, 2], [2, 1]]))) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(column: 1, pivot: -3))
        }
        XCTAssertThrowsError(try Cholesky(Matrix([[0, 0], [0, 1]])))
        XCTAssertThrowsError(try Cholesky(Matrix(rows: 2, columns: 3))) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notSquare(rows: 2, columns: 3))
        }
    }
}
