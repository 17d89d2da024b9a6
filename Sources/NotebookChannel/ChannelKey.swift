/// The field names of the side channel's events (see `ChannelEventKind` for which kind
/// carries which), and of the objects inside them: a chart's series (`name`, `x`, `y`) and
/// its marked point (`x`, `y`, `label`). A check's `points` is optional: written only when the
/// check gives it.
public enum ChannelKey: String, CaseIterable, Sendable, CodingKey {
    case type, index, stdout, stderr, caption, label, columns, rows, title, xLabel, yLabel
    case logX, logY, series, xRange, yRange, mark, categories, passed, claim, line, name, json
    case text, key, bytes, loaded, x, y, points
}
