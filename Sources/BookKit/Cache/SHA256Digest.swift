import Crypto
import Foundation

enum SHA256Digest {
    /// The SHA-256 of `text`'s UTF-8 bytes, in hexadecimal.
    static func hex(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }
}
