/// One Chit-Chat conversation as alternating turns.
public struct ChitChatConversation: Sendable, Equatable {
    /// The conversation's key in the corpus (a UUID).
    public var id: String
    /// The prompt the speakers were given, when the corpus records one.
    public var prompt: String?
    /// The turns in order; two adjacent turns always have different speakers.
    public var turns: [ChitChatTurn]

    /// Creates a conversation.
    public init(id: String, prompt: String?, turns: [ChitChatTurn]) {
        self.id = id
        self.prompt = prompt
        self.turns = turns
    }

    /// The distinct speakers, in order of their first turn.
    public var speakers: [String] {
        turns.reduce(into: [String]()) { speakers, turn in
            if !speakers.contains(turn.speaker) {
                speakers.append(turn.speaker)
            }
        }
    }
}
