@testable import L2Lab
import XCTest

final class StringFromScalarsTests: XCTestCase {
    /// The string holds exactly the scalars given, whether written byte by byte (ASCII) or not.
    func testStringKeepsItsScalars() {
        for text in ["", "a", "don't", "\u{7F}x~", "cafe\u{301}", "caf\u{E9}", "\u{1F600}!", "a\u{0}b"] {
            let scalars = Array(text.unicodeScalars)
            let string = String(scalars: scalars[...])
            XCTAssertEqual(Array(string.unicodeScalars), scalars, text)
            XCTAssertEqual(Array(string.utf8), Array(text.utf8), text)
        }
    }
}
