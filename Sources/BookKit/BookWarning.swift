/// Something a user should know that does not stop the build: where it is, what happened, what
/// to do. Printed as `path:line:col: warning: message`, the compiler's format.
public struct BookWarning: Equatable, CustomStringConvertible, Sendable {
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(location): warning: \(message)" + (hint.map { "\n  hint: " + $0 } ?? "")
    }
}
