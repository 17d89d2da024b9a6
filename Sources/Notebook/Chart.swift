internal import NotebookChannel

/// One named line of a chart: points (x[i], y[i]).
public struct Series {
    /// The name shown in the legend.
    public var name: String
    /// The x coordinates, in drawing order.
    public var x: [Double]
    /// The y coordinates, one per x.
    public var y: [Double]

    /// A series of points; `x` and `y` must have the same length.
    public init(_ name: String, x: [Double], y: [Double]) {
        precondition(x.count == y.count, "series '\(name)': x and y differ in length")
        self.name = name
        self.x = x
        self.y = y
    }

    var json: String {
        var object = JSONObject()
        object.add(.name, name)
        object.add(.x, json: JSON.array(x.map(JSON.number)))
        object.add(.y, json: JSON.array(y.map(JSON.number)))
        return object.text
    }
}

/// A point of a chart marked with a label, such as the chosen λ.
public struct ChartMark {
    public var x: Double
    public var y: Double
    /// The text written next to the point.
    public var label: String

    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }

    var json: String {
        var object = JSONObject()
        object.add(.x, json: JSON.number(x))
        object.add(.y, json: JSON.number(y))
        object.add(.label, label)
        return object.text
    }
}

/// A line chart, drawn by `book` as inline SVG under the cell that calls `plot(_:)`.
public struct LineChart {
    /// The chart's title.
    public var title: String
    /// The caption: what the reader should see in the chart.
    public var caption: String
    /// The label of the horizontal axis.
    public var xLabel: String
    /// The label of the vertical axis.
    public var yLabel: String
    /// The lines to draw.
    public var series: [Series]
    /// Whether the horizontal axis is logarithmic (all x must then be positive).
    public var logX: Bool
    /// Whether the vertical axis is logarithmic (all y must then be positive).
    public var logY: Bool
    /// A name that prose refers to as `@fig:name` (letters, digits, `-` and `_`); empty for none.
    public var label: String
    /// The ends of the horizontal axis; nil to fit the data. Lines are cut at the ends.
    public var xRange: ClosedRange<Double>?
    /// The ends of the vertical axis; nil to fit the data, so that one wild curve does not
    /// flatten the others when given.
    public var yRange: ClosedRange<Double>?
    /// A point to mark with a label; nil for none.
    public var mark: ChartMark?

    /// A line chart; see the properties for the meaning of each argument.
    public init(
        title: String, caption: String = "", xLabel: String, yLabel: String,
        series: [Series], logX: Bool = false, logY: Bool = false, label: String = "",
        xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil, mark: ChartMark? = nil
    ) {
        self.title = title
        self.caption = caption
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.logX = logX
        self.logY = logY
        self.label = label
        self.xRange = xRange
        self.yRange = yRange
        self.mark = mark
    }

    var json: String {
        var object = JSONObject(event: .chart)
        object.add(.title, title)
        object.add(.caption, caption)
        object.add(.label, label)
        object.add(.xLabel, xLabel)
        object.add(.yLabel, yLabel)
        object.add(.logX, logX)
        object.add(.logY, logY)
        object.add(.series, json: JSON.array(series.map(\.json)))
        for (key, range) in [(ChannelKey.xRange, xRange), (.yRange, yRange)] {
            guard let range else { continue }
            object.add(key, json: JSON.array([range.lowerBound, range.upperBound].map(JSON.number)))
        }
        if let mark { object.add(.mark, json: mark.json) }
        return object.text
    }
}

/// Draws a chart under the current cell.
public func plot(_ chart: LineChart) {
    if chart.logX {
        precondition(chart.series.allSatisfy { $0.x.allSatisfy { $0 > 0 } }, "log x axis needs x > 0")
    }
    if chart.logY {
        precondition(chart.series.allSatisfy { $0.y.allSatisfy { $0 > 0 } }, "log y axis needs y > 0")
    }
    for (name, range, isLog) in [("xRange", chart.xRange, chart.logX), ("yRange", chart.yRange, chart.logY)] {
        guard let range else { continue }
        precondition(range.lowerBound < range.upperBound && range.lowerBound.isFinite
                         && range.upperBound.isFinite, "\(name) must have finite ends, low < high")
        precondition(!isLog || range.lowerBound > 0, "\(name) of a log axis needs ends > 0")
    }
    OutputChannel.send(rawJSON: chart.json)
}
