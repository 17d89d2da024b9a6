/// Consecutive messages of one speaker in a Chit-Chat conversation.
public struct ChitChatTurn: Sendable, Equatable {
    /// The speaker's identifier (a UUID in the corpus).
    public var speaker: String
    /// The speaker's messages, in the order they were sent; never empty.
    public var messages: [String]

    /// Creates a turn of `speaker` made of `messages`.
    public init(speaker: String, messages: [String]) {
        self.speaker = speaker
        self.messages = messages
    }

    /// The messages joined by newlines.
    public var text: String {
        messages.joined(separator: "\n")
    }
}
