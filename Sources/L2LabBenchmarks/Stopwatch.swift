/// Measures the wall-clock duration of one call, in seconds.
enum Stopwatch {
    /// Runs `work` once and returns its result with the elapsed seconds.
    static func time<T>(_ work: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        let elapsed = start.duration(to: clock.now).components
        return (result, Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
    }
}
