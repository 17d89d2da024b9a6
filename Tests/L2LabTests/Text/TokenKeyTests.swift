import XCTest
@testable import L2Lab

final class TokenKeyTests: XCTestCase {
    private let composed = "caf\u{E9}"
    private let decomposed = "cafe\u{301}"

    func testCanonicallyEquivalentSpellingsAreDifferentKeys() {
        XCTAssertEqual(composed, decomposed, "Swift's String equality is canonical equivalence")
        XCTAssertNotEqual(TokenKey(composed), TokenKey(decomposed))
        XCTAssertEqual(Set([TokenKey(composed), TokenKey(decomposed), TokenKey(composed)]).count, 2)
    }

    /// Python: sorted(["caf\u00e9", "cafe\u0301", "cafe", "Cafe"]) is
    /// ["Cafe", "cafe", "cafe\u0301", "caf\u00e9"] (code-point order).
    func testOrderIsCodePointOrder() {
        let sorted = [composed, decomposed, "cafe", "Cafe"].map { TokenKey($0) }.sorted().map(\.text)
        XCTAssertEqual(sorted.map { Array($0.unicodeScalars) },
                       ["Cafe", "cafe", decomposed, composed].map { Array($0.unicodeScalars) })
    }

    func testASCIIOrderAndEqualityAgreeWithString() {
        let words = ["b", "a", "ab", "B", "", "a b", "~", "0", "aa"]
        XCTAssertEqual(words.map { TokenKey($0) }.sorted().map(\.text), words.sorted())
        for x in words {
            for y in words {
                XCTAssertEqual(TokenKey(x) == TokenKey(y), x == y)
                XCTAssertEqual(TokenKey(x) < TokenKey(y), x < y)
            }
        }
    }

    func testNGramsWithSplitTokensHashApart() {
        let counts = [["ab", "c"], ["a", "bc"]].map { $0.map { TokenKey($0) } }
        XCTAssertEqual(Set(counts).count, 2)
    }

    func testStringNGramCountsKeepSpellingsApart() {
        let counts = ["the", composed, "the", decomposed].ngramCounts(order: 1)
        XCTAssertEqual(counts, [["the"]: 2, [TokenKey(composed)]: 1, [TokenKey(decomposed)]: 1])
    }
}
