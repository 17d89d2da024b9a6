import XCTest
@testable import L2Lab

/// The cache of pure text functions: values as computed, memory bounded.
final class BoundedCacheTests: XCTestCase {
    func testHeldValuesAreTheComputedOnesAndTheTableStaysWithinItsCapacity() {
        let cache = BoundedCache<Int, Int>(capacity: 4)
        var computed = 0
        func square(_ x: Int) -> Int { computed += 1; return x * x }
        XCTAssertEqual(cache.value(3, square), 9)
        XCTAssertEqual(cache.value(3, square), 9)
        XCTAssertEqual(computed, 1, "the second call is served from the table")
        for x in 0..<10 { XCTAssertEqual(cache.value(x, square), x * x) }
        XCTAssertLessThanOrEqual(cache.count, 4)
        XCTAssertEqual(cache.value(9, square), 81)
    }

    func testCachedStemsAndTokensAreTheUncachedOnes() {
        let stemmer = PorterStemmer()
        let words = ["generalization", "regularized", "dying", "skies", "relational", "hopping", "a", "caresses"]
        for word in words + words {
            XCTAssertEqual(stemmer.stem(word), stemmer.uncachedStem(word), word)
        }
        XCTAssertEqual(stemmer.stem("relational"), "relat")
        let tokenizer = Tokenizer13a()
        let lines = ["Hello, world!", "It costs $3.50 -- or 3-4 dollars.", "A&amp;B <skipped> end\n"]
        for line in lines + lines {
            XCTAssertEqual(tokenizer.tokenize(line), tokenizer.uncachedTokens(line), line)
        }
        XCTAssertEqual(tokenizer.tokenize("Hello, world!"), ["Hello", ",", "world", "!"])
        // Canonically equivalent spellings are different inputs, each with its own tokens.
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        XCTAssertEqual(tokenizer.tokenize(composed).map(\.unicodeScalars.count), [4])
        XCTAssertEqual(tokenizer.tokenize(decomposed).map(\.unicodeScalars.count), [5])
        XCTAssertEqual(stemmer.stem("caf\u{E9}s").unicodeScalars.count, 4)
        XCTAssertEqual(stemmer.stem("cafe\u{301}s").unicodeScalars.count, 5)
    }
}
