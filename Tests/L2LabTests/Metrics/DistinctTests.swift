import XCTest
@testable import L2Lab

final class DistinctTests: XCTestCase {
    func testDistinctMatchesDefinition() throws {
        for reference in distinctReference {
            XCTAssertEqual(try distinct(order: 1, texts: reference.texts), reference.distinct1,
                           accuracy: 1e-9, "\(reference.texts)")
            XCTAssertEqual(try distinct(order: 2, texts: reference.texts), reference.distinct2,
                           accuracy: 1e-9, "\(reference.texts)")
        }
    }

    func testBigramsDoNotCrossTexts() throws {
        XCTAssertEqual(try distinct(order: 2, texts: [["a"], ["b"]]), 0)
        XCTAssertEqual(try distinct(order: 2, texts: [["a", "b"], ["a", "b"]]), 0.5)
    }

    /// The Python definition, `len(set(grams)) / len(grams)` over tuples of tokens, compares
    /// code points: for [["café"], ["cafe\u0301"]] (composed, then decomposed) it gives 1.0 at
    /// order 1, and 1.0 at order 2 for [["the", "café"], ["the", "cafe\u0301"]].
    func testCanonicallyEquivalentSpellingsAreDifferentTokens() throws {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        XCTAssertEqual(try distinct(order: 1, texts: [[composed], [decomposed]]), 1.0)
        XCTAssertEqual(try distinct(order: 2, texts: [["the", composed], ["the", decomposed]]), 1.0)
        XCTAssertEqual(try distinct(order: 1, texts: [[composed], [composed]]), 0.5)
    }

    func testOrderBelowOneThrows() {
        XCTAssertThrowsError(try distinct(order: 0, texts: [["a"]])) { error in
            XCTAssertEqual("\(error)", "distinct's order is 0; it must be at least 1")
        }
    }
}
