@testable import L2Lab
import XCTest

final class LongestCommonSubsequenceTests: XCTestCase {
    func testLengthOfTheTextbookExample() {
        let x = ["a", "b", "c", "b", "d", "a", "b"]
        let y = ["b", "d", "c", "a", "b", "a"]
        XCTAssertEqual(LongestCommonSubsequence.length(x, y), 4)
        XCTAssertEqual(LongestCommonSubsequence.length(y, x), 4)
        XCTAssertEqual(LongestCommonSubsequence.length(x, []), 0)
    }

    /// Composed and decomposed `é` are different tokens, as in Python.
    func testTokensAreComparedByScalars() {
        XCTAssertEqual(LongestCommonSubsequence.length(["caf\u{E9}", "x"], ["cafe\u{301}", "x"]), 1)
    }

    /// The row-at-a-time length is the last entry of the full table, on random sequences.
    func testLengthIsTheTablesLastEntry() {
        var generator = Xoshiro256StarStar(seed: 14)
        let alphabet = ["a", "b", "c", "\u{E9}", "e\u{301}"]
        for _ in 0..<300 {
            let x = (0..<Int.random(in: 1...25, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let y = (0..<Int.random(in: 1...25, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let table = LongestCommonSubsequence.table(x.map { TokenKey($0) }, y.map { TokenKey($0) })
            XCTAssertEqual(LongestCommonSubsequence.length(x, y), table[x.count][y.count], "\(x) \(y)")
        }
    }
}
