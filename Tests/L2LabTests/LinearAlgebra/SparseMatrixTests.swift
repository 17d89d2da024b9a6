import XCTest
@testable import L2Lab

final class SparseMatrixTests: XCTestCase {
    func testBagOfWordsCountsSortsAndMergesDuplicates() {
        let m = SparseMatrix.bagOfWords(documents: [[3, 1, 3], [], [0, 4, 4, 4]], vocabularySize: 5)
        XCTAssertEqual(m.rowStarts, [0, 2, 2, 4])
        XCTAssertEqual(m.columnIndices, [1, 3, 0, 4])
        XCTAssertEqual(m.values, [1, 2, 1, 3])
        XCTAssertEqual(m.dense(), Matrix([[0, 1, 0, 2, 0], [0, 0, 0, 0, 0], [1, 0, 0, 0, 3]]))
    }

    func testProductsMatchHandComputedAndDenseValues() {
        let m = SparseMatrix(columns: 3, rowEntries: [
            [(column: 2, value: 2.0), (column: 0, value: 1.0)],
            [(column: 1, value: -1.0)],
        ])
        XCTAssertEqual(m.times([1, 2, 3]), [7, -2])
        XCTAssertEqual(m.transposeTimes([1, 2]), [1, -2, 2])

        var generator = Xoshiro256StarStar(seed: 4)
        let documents = (0..<30).map { _ in
            (0..<generator.nextInt(below: 8)).map { _ in generator.nextInt(below: 50) }
        }
        let sparse = SparseMatrix.bagOfWords(documents: documents, vocabularySize: 50)
        let dense = sparse.dense()
        let x = (0..<50).map { _ in generator.nextNormal() }
        let y = (0..<30).map { _ in generator.nextNormal() }
        XCTAssertEqual(sparse.times(x).count, 30)
        for (a, b) in zip(sparse.times(x), dense.times(x)) {
            XCTAssertEqual(a, b, accuracy: 1e-12)
        }
        for (a, b) in zip(sparse.transposeTimes(y), dense.transposeTimes(y)) {
            XCTAssertEqual(a, b, accuracy: 1e-12)
        }
        XCTAssertEqual(sparse.rows([2, 0]).dense(), dense.rows([2, 0]))
    }

    func testProductsSumInStoredOrderBitForBit() {
        var generator = Xoshiro256StarStar(seed: 5)
        let rowEntries = (0..<40).map { _ in
            (0..<generator.nextInt(below: 12)).map { _ in
                (column: generator.nextInt(below: 25), value: generator.nextNormal())
            }
        }
        let m = SparseMatrix(columns: 25, rowEntries: rowEntries)
        let x = (0..<25).map { _ in generator.nextNormal() }
        let y = (0..<40).map { _ in generator.nextNormal() }
        var rowSums = [Double](repeating: 0, count: 40)
        var columnSums = [Double](repeating: 0, count: 25)
        for i in 0..<40 {
            let row = m.row(i)
            for (column, value) in zip(row.columns, row.values) {
                rowSums[i] += value * x[column]
                columnSums[column] += value * y[i]
            }
        }
        XCTAssertEqual(m.times(x).map(\.bitPattern), rowSums.map(\.bitPattern))
        XCTAssertEqual(m.transposeTimes(y).map(\.bitPattern), columnSums.map(\.bitPattern))
    }
}
