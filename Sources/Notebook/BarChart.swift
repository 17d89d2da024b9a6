internal import NotebookChannel

/// One named group of bars: one value per category of a `BarChart`.
public struct Bars {
    /// The name shown in the legend.
    public var name: String
    /// One value per category, in the chart's category order.
    public var values: [Double]

    /// A series of bars.
    public init(_ name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// A bar chart, drawn by `book` as inline SVG under the cell that calls `plot(_:)`: one group
/// of bars per category, one bar per series in each group.
public struct BarChart {
    /// The chart's title.
    public var title: String
    /// The caption: what the reader should see in the chart.
    public var caption: String
    /// What the categories are (shown under the horizontal axis).
    public var xLabel: String
    /// The label of the vertical axis.
    public var yLabel: String
    /// The names of the groups, left to right.
    public var categories: [String]
    /// The bars of each group, in legend order.
    public var series: [Bars]
    /// Whether the vertical axis is logarithmic (all values must then be positive).
    public var logY: Bool
    /// A name that prose refers to as `@fig:name` (letters, digits, `-` and `_`); empty for none.
    public var label: String

    /// A bar chart; see the properties for the meaning of each argument.
    public init(
        title: String, caption: String = "", xLabel: String = "", yLabel: String,
        categories: [String], series: [Bars], logY: Bool = false, label: String = ""
    ) {
        self.title = title
        self.caption = caption
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
        self.logY = logY
        self.label = label
    }

    var json: String {
        var object = JSONObject(event: .bars)
        object.add(.title, title)
        object.add(.caption, caption)
        object.add(.label, label)
        object.add(.xLabel, xLabel)
        object.add(.yLabel, yLabel)
        object.add(.logY, logY)
        object.add(.categories, json: JSON.array(categories.map(JSON.string)))
        let indices = categories.indices.map(Double.init)
        let bars = series.map { Series($0.name, x: indices, y: $0.values).json }
        object.add(.series, json: JSON.array(bars))
        return object.text
    }
}

/// Draws a bar chart under the current cell.
public func plot(_ chart: BarChart) {
    precondition(chart.series.allSatisfy { $0.values.count == chart.categories.count },
                 "every series of a bar chart needs one value per category (\(chart.categories.count))")
    if chart.logY {
        precondition(chart.series.allSatisfy { $0.values.allSatisfy { $0 > 0 } }, "log y axis needs y > 0")
    }
    OutputChannel.send(rawJSON: chart.json)
}
