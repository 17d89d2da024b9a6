/// A numbered display formula: one whose `$$…$$` holds `\label{eq:name}`.
public struct Equation: Equatable, Sendable {
    /// The name after `eq:`.
    public var label: String
    /// Its number in the chapter, from 1, in reading order.
    public var number: Int
    /// The line of the `\label`.
    public var line: Int

    /// The `id` of the equation in the page.
    var anchor: String { "eq-" + label }
}
