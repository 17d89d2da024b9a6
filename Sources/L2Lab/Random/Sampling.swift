/// Seeded permutations and subsets, all driven by a caller-supplied generator.
public enum Sampling {
    /// Shuffles `elements` in place with the Fisher-Yates algorithm.
    public static func shuffle<T, G: RandomNumberGenerator>(
        _ elements: inout [T], using generator: inout G
    ) {
        var i = elements.count - 1
        while i > 0 {
            let j = generator.nextInt(below: i + 1)
            elements.swapAt(i, j)
            i -= 1
        }
    }

    /// Returns a random permutation of `0..<count`.
    public static func permutation<G: RandomNumberGenerator>(count: Int, using generator: inout G) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices, using: &generator)
        return indices
    }

    /// Returns `k` distinct indices drawn uniformly from `0..<n`, in draw order.
    ///
    /// Partial Fisher-Yates: O(n) memory, O(k) draws. - Precondition: `0 <= k <= n`.
    public static func sample<G: RandomNumberGenerator>(
        _ k: Int, from n: Int, using generator: inout G
    ) -> [Int] {
        precondition(k >= 0 && k <= n, "cannot sample \(k) of \(n) without replacement")
        var indices = Array(0..<n)
        for i in 0..<k {
            let j = i + generator.nextInt(below: n - i)
            indices.swapAt(i, j)
        }
        return Array(indices[0..<k])
    }
}
