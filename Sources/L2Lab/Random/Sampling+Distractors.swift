extension Sampling {
    /// For each of `count` items, `perItem` other items drawn uniformly without replacement
    /// (never the item itself), in draw order: the wrong candidates of a retrieval test such as
    /// Recall@1 among `perItem + 1`.
    ///
    /// - Precondition: `0 <= perItem < count`.
    public static func distractors<G: RandomNumberGenerator>(
        count: Int, perItem: Int, using generator: inout G
    ) -> [[Int]] {
        precondition(perItem >= 0 && perItem < count, "need \(perItem) others among \(count) items")
        return (0..<count).map { item in
            var chosen: [Int] = []
            while chosen.count < perItem {
                let candidate = generator.nextInt(below: count)
                if candidate != item && !chosen.contains(candidate) { chosen.append(candidate) }
            }
            return chosen
        }
    }
}
