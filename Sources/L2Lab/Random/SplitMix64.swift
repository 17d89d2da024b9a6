/// The SplitMix64 generator (Steele, Lea and Flood), used to expand one seed into generator state.
///
/// Each output is a bijective mix of a counter advanced by the golden-ratio increment, so
/// consecutive seeds give unrelated streams.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The counter; the next output mixes `state &+ 0x9E37_79B9_7F4A_7C15`.
    public private(set) var state: UInt64

    /// Creates a generator whose first output mixes `seed &+ 0x9E37_79B9_7F4A_7C15`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
