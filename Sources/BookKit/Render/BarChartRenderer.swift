import Foundation

/// Draws a bar chart as inline SVG, in the same frame as line charts: one group of bars per
/// category, one bar per series, each bar with its value above it when there is room.
struct BarChartRenderer {
    var chart: ChartOutput
    var categories: [String]
    /// A page-unique id, used for the title and description elements (text, escaped here).
    var id: String

    func svg() -> HTML {
        let values = chart.series.map { series in
            categories.indices.map { index -> Double? in
                guard index < series.y.count, let y = series.y[index], y.isFinite, !chart.logY || y > 0
                else { return nil }
                return y
            }
        }
        let present = values.flatMap { $0.compactMap { $0 } }
        let yAxis = Axis(values: chart.logY ? present : present + [0], logarithmic: chart.logY)
        let legendRows = chart.series.count > 1 ? ChartParts.legendRows(chart.series.map(\.name)) : []
        let plotTop = ChartParts.plotTop(legendRowCount: legendRows.count)
        let height = plotTop + ChartParts.plotHeight + ChartParts.bottom
        func py(_ y: Double) -> Double { plotTop + (1 - yAxis.fraction(y)) * ChartParts.plotHeight }
        let base = chart.logY ? plotTop + ChartParts.plotHeight : py(0)

        var out = ChartParts.header(id: id, title: chart.title, description: description(), height: height)
        out += ChartParts.plotArea(top: plotTop)
        out += ChartParts.verticalAxis(yAxis, py)
        out += ChartParts.axisLabels(x: chart.xLabel, y: chart.yLabel + (chart.logY ? " (log scale)" : ""),
                                     plotTop: plotTop, height: height)
        let group = ChartParts.plotWidth / Double(max(1, categories.count))
        let barWidth = group * 0.8 / Double(max(1, chart.series.count))
        let labelled = barWidth >= 26
        for (category, name) in categories.enumerated() {
            let groupLeft = ChartParts.left + Double(category) * group + group * 0.1
            for (index, bars) in values.enumerated() {
                guard let value = bars[category] else { continue }
                let x = groupLeft + Double(index) * barWidth
                let top = min(py(value), base)
                out += "<rect class=\"bar \(Theme.seriesClass(index))\" x=\"\(n(x))\" y=\"\(n(top))\""
                out += " width=\"\(n(barWidth - 2))\" height=\"\(n(abs(base - py(value))))\">"
                out += "<title>\(chart.series[index].name), \(name): \(Axis.label(value))</title></rect>\n"
                if labelled {
                    out += "<text class=\"tick\" x=\"\(n(x + barWidth / 2 - 1))\" y=\"\(n(top - 4))\""
                    out += " text-anchor=\"middle\">\(Self.valueLabel(value))</text>\n"
                }
            }
            out += ChartParts.labelBelowPlot(name, x: groupLeft + group * 0.4, plotTop: plotTop)
        }
        out += ChartParts.legend(legendRows, names: chart.series.map(\.name)) { index, x, y in
            "<rect class=\"bar \(Theme.seriesClass(index))\" x=\"\(n(x))\" y=\"\(n(y - 6))\""
                + " width=\"22\" height=\"12\"/>\n"
        }
        return out + "</svg>"
    }

    /// Three significant digits: enough to read a bar, short enough to fit above it.
    static func valueLabel(_ value: Double) -> String { NumberText.format("%.3g", value) }

    /// A sentence for screen readers: what the bars measure, the groups and the series.
    private func description() -> String {
        var text = "Bar chart of \(chart.yLabel)"
        if !chart.xLabel.isEmpty { text += " by \(chart.xLabel)" }
        text += "; groups: " + categories.joined(separator: ", ")
        if chart.series.count > 1 { text += "; series: " + chart.series.map(\.name).joined(separator: ", ") }
        return text + "."
    }

    private func n(_ value: Double) -> String { ChartParts.n(value) }
}
