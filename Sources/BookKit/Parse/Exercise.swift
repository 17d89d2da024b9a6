/// An exercise of a chapter, `::: {.exercise label="name"}` … `:::`: numbered in reading order
/// ("Exercise 4.2"), referred to as `@ex:name`. Its cells (`swift starter`, `swift solution`,
/// `swift tests`, `swift hidden-tests`) are those whose fence lies between its two lines.
public struct Exercise: Equatable, Sendable {
    /// "4.2": the chapter's number and the exercise's position in it.
    public var number: String
    public var label: String?
    /// The lines of its opening and closing `:::`.
    public var line: Int
    public var endLine: Int
    /// Whether it has a `swift solution` cell (in this edition), which then runs in place of its
    /// starter cell.
    public var hasSolution: Bool

    /// The `id` of its box in the page: from the label (`ex-gradient`), else from the number
    /// (`exercise-4-2`).
    public var anchor: String {
        label.map { "ex-" + $0 } ?? "exercise-" + number.replacingOccurrences(of: ".", with: "-")
    }
}
