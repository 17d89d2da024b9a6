import Foundation

/// Draws a line chart as inline SVG. The same chart always gives the same bytes: coordinates
/// are printed with two decimals and series keep their order.
struct ChartRenderer {
    /// Series colors come from the stylesheet (`--series-0` ...), a palette that readers with
    /// color-vision deficiencies can tell apart; dash patterns tell the lines apart in print.
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"]

    var chart: ChartOutput
    /// A page-unique id, used for the title and description elements.
    var id: String

    func svg() -> String {
        let series = chart.series.map { line in
            zip(line.x, line.y).compactMap { point -> (Double, Double)? in
                guard let x = point.0, let y = point.1, x.isFinite, y.isFinite else { return nil }
                if chart.logX && x <= 0 || chart.logY && y <= 0 { return nil }
                return (x, y)
            }
        }
        let points = series.flatMap { $0 }
        let xAxis = Axis(values: points.map(\.0), logarithmic: chart.logX)
        let yAxis = Axis(values: points.map(\.1), logarithmic: chart.logY)
        let legendRows = ChartParts.legendRows(chart.series.map(\.name))
        let plotTop = ChartParts.plotTop(legendRowCount: legendRows.count)
        let height = plotTop + ChartParts.plotHeight + ChartParts.bottom
        let plotWidth = ChartParts.plotWidth

        func px(_ x: Double) -> Double { ChartParts.left + xAxis.fraction(x) * plotWidth }
        func py(_ y: Double) -> Double { plotTop + (1 - yAxis.fraction(y)) * ChartParts.plotHeight }

        var out = ChartParts.header(id: id, title: chart.title, description: description(), height: height)
        out += ChartParts.plotArea(top: plotTop)
        for tick in xAxis.ticks {
            let x = px(tick)
            out += "<line class=\"grid\" x1=\"\(n(x))\" y1=\"\(n(plotTop))\""
            out += " x2=\"\(n(x))\" y2=\"\(n(plotTop + ChartParts.plotHeight))\"/>\n"
            out += ChartParts.labelBelowPlot(Axis.label(tick), x: x, plotTop: plotTop)
        }
        out += ChartParts.verticalAxis(yAxis, py)
        out += ChartParts.axisLabels(x: chart.xLabel + (chart.logX ? " (log scale)" : ""),
                                     y: chart.yLabel + (chart.logY ? " (log scale)" : ""),
                                     plotTop: plotTop, height: height)
        for (index, line) in series.enumerated() where !line.isEmpty {
            let path = line.map { "\(n(px($0.0))),\(n(py($0.1)))" }.joined(separator: " ")
            out += "<polyline class=\"series series-\(index % 8)\"\(dash(index)) points=\"\(path)\"/>\n"
            if line.count <= 40 {
                for point in line {
                    out += "<circle class=\"marker series-\(index % 8)\""
                    out += " cx=\"\(n(px(point.0)))\" cy=\"\(n(py(point.1)))\" r=\"3\"/>\n"
                }
            }
        }
        out += ChartParts.legend(legendRows, names: chart.series.map(\.name)) { index, x, y in
            "<line class=\"series series-\(index % 8)\"\(dash(index))"
                + " x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 22))\" y2=\"\(n(y))\"/>\n"
        }
        return out + "</svg>"
    }

    /// A sentence for screen readers: what is plotted against what, and the series.
    private func description() -> String {
        let names = chart.series.map(\.name).joined(separator: ", ")
        return "Line chart of \(chart.yLabel) against \(chart.xLabel); series: \(names)."
    }

    private func dash(_ index: Int) -> String {
        let pattern = Self.dashes[index % Self.dashes.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"\(pattern)\""
    }

    private func n(_ value: Double) -> String { ChartParts.n(value) }
}
