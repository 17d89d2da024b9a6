/// One conversation of `chitchat/dataset.json`, as stored; `start` and `ratings` are not read.
struct ChitChatRecord: Decodable {
    /// One message as stored; `timestamp` is not read.
    struct Message: Decodable {
        var text: String
        var sender: String
    }

    /// Groups of messages, each group sent by one speaker.
    var messages: [[Message]]
    var prompt: String?

    /// The conversation with consecutive messages of one speaker merged into one turn.
    func conversation(id: String) -> ChitChatConversation {
        var turns: [ChitChatTurn] = []
        for message in messages.joined() {
            if let last = turns.last, last.speaker == message.sender {
                turns[turns.count - 1].messages.append(message.text)
            } else {
                turns.append(ChitChatTurn(speaker: message.sender, messages: [message.text]))
            }
        }
        return ChitChatConversation(id: id, prompt: prompt, turns: turns)
    }
}
