/// One timed run of a workload: its duration and the numbers that show what it computed.
struct WorkloadResult {
    /// The workload's name, shared with the NumPy reference.
    let name: String
    /// Wall-clock seconds of the timed part only.
    let seconds: Double
    /// Values to compare with the reference (final losses, sums of results).
    let checksums: [Double]

    /// `RESULT swift <name> <seconds> <checksums…>`, the line the benchmark script parses.
    var line: String {
        (["RESULT", "swift", name, "\(seconds)"] + checksums.map { "\($0)" }).joined(separator: " ")
    }
}
