/// The synthetic curve-fitting task of chapters 2 and 3: noisy samples of the smooth bump
/// y = e^(−4x²) on [−1, 1].
public enum NoisyBump {
    /// The noise-free curve e^(−4x²).
    public static func curve(_ x: Double) -> Double {
        Elementary.exp(-4 * x * x)
    }

    /// `count` points with x uniform on [−1, 1) and y = e^(−4x²) plus Gaussian noise of
    /// standard deviation `noise`.
    ///
    /// All x are drawn first, then the noise of each point in the same order, so a sample of
    /// a given size and generator state is the same on every machine.
    public static func sample<Generator: RandomNumberGenerator>(
        count: Int,
        noise: Double = 0.1,
        using generator: inout Generator
    ) -> (x: [Double], y: [Double]) {
        let x = (0..<count).map { _ in 2 * generator.nextUniform() - 1 }
        let y = x.map {
            curve($0) + generator.nextNormal(mean: 0, standardDeviation: noise)
        }
        return (x, y)
    }
}
