import Foundation

/// Small text formats for messages.
enum Format {
    /// Seconds with up to one decimal: "2.5 s".
    static func seconds(_ value: Double) -> String {
        value >= 10 || value == value.rounded()
            ? "\(Int(value.rounded())) s"
            : String(format: "%.1f s", value)
    }

    /// A byte count in B, KB or MB.
    static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        if count < 1024 * 1024 { return "\(count / 1024) KB" }
        return String(format: "%.1f MB", Double(count) / 1048576)
    }
}
