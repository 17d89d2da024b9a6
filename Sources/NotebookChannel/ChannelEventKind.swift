/// The kinds of event a chapter program writes to the side channel, one JSON object per line,
/// each with its kind under `ChannelKey.type`. Notebook writes them and BookKit reads them;
/// both name them only through this type, so neither side can rename one alone.
public enum ChannelEventKind: String, CaseIterable, Sendable, Codable {
    /// A cell starts: `index`, and the `stdout` and `stderr` byte offsets so far.
    case cell
    /// The cells ended and the prose's inline values start: `stdout`, `stderr`.
    case inlineValues = "inline-values"
    /// An inline value of the prose: `index`, `text`.
    case inline
    /// The program reached its end: `stdout`, `stderr`.
    case end
    /// A table: `caption`, `label`, `columns`, `rows`.
    case table
    /// A line chart: `title`, `caption`, `label`, `xLabel`, `yLabel`, `logX`, `logY`, `series`,
    /// and optionally `xRange`, `yRange`, `mark`.
    case chart
    /// A bar chart: as `chart`, with `categories`.
    case bars
    /// A claim and whether it held: `passed`, `claim`, `line`, and optionally `points`.
    case check
    /// A value published in results.json: `name`, `json`, `text`.
    case export
    /// A memoized value computed or loaded: `name`, `key`, `bytes`, `loaded`.
    case memo

}
