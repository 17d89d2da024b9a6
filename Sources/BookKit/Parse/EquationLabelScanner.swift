/// Finds `\label{eq:name}` in the TeX of a display formula and takes it out, so that the
/// converter sees the formula alone.
enum EquationLabelScanner {
    /// `tex` without its label, and the label with its offset (in characters) into `tex`; nil
    /// when there is none. Throws a message (for the caller to place) for a second label, or a
    /// label that is not `eq:` followed by letters, digits, `-` and `_`.
    static func extract(_ tex: String) throws -> (tex: String, label: (name: String, offset: Int)?) {
        let command = "\\label{"
        guard let range = tex.range(of: command) else { return (tex, nil) }
        guard let close = tex[range.upperBound...].firstIndex(of: "}") else {
            throw LabelError(message: "\\label{ is never closed", offset: tex.distance(from: tex.startIndex,
                                                                                 to: range.lowerBound))
        }
        let offset = tex.distance(from: tex.startIndex, to: range.lowerBound)
        let text = String(tex[range.upperBound..<close])
        guard text.hasPrefix("eq:"), CrossReference.isValidLabel(String(text.dropFirst(3))) else {
            throw LabelError(message: "the label '\(text)' is not 'eq:' followed by ASCII letters, digits, "
                                 + "'-' and '_'", offset: offset)
        }
        let rest = String(tex[..<range.lowerBound]) + String(tex[tex.index(after: close)...])
        if let second = tex[close...].range(of: command) {
            throw LabelError(message: "a formula has one \\label",
                             offset: tex.distance(from: tex.startIndex, to: second.lowerBound))
        }
        return (rest, (String(text.dropFirst(3)), offset))
    }

    struct LabelError: Error {
        var message: String
        var offset: Int
    }
}
