/// The xoshiro256** generator (Blackman and Vigna): the library's source of every random draw.
///
/// Period 2^256 - 1; passes BigCrush. Not cryptographically secure.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    /// The four state words; never all zero.
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose state is four consecutive outputs of `SplitMix64(seed:)`.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        state = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    /// Creates a generator from explicit state words, which must not all be zero.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** state must not be all zero")
        self.state = state
    }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
