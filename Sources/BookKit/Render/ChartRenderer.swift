import Foundation

/// Draws a line chart as inline SVG. The same chart always gives the same bytes: coordinates
/// are printed with two decimals and series keep their order.
struct ChartRenderer {
    /// Series colors come from the stylesheet (`--series-0` ...), a palette that readers with
    /// color-vision deficiencies can tell apart; dash patterns tell the lines apart in print.
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"]

    var chart: ChartOutput
    /// A page-unique id, used for the title and description elements (text, escaped here).
    var id: String

    func svg() -> HTML {
        let xRange = chart.xRange.map { $0[0]...$0[1] }
        let yRange = chart.yRange.map { $0[0]...$0[1] }
        let series = chart.series.map { line in
            zip(line.x, line.y).compactMap { point -> (Double, Double)? in
                guard let x = point.0, let y = point.1, x.isFinite, y.isFinite else { return nil }
                if chart.logX && x <= 0 || chart.logY && y <= 0 { return nil }
                return (x, y)
            }
        }
        let points = series.flatMap { $0 }
        let xAxis = xRange.map { Axis(range: $0, logarithmic: chart.logX) }
            ?? Axis(values: points.map(\.0), logarithmic: chart.logX)
        let yAxis = yRange.map { Axis(range: $0, logarithmic: chart.logY) }
            ?? Axis(values: points.map(\.1), logarithmic: chart.logY)
        let legendRows = ChartParts.legendRows(chart.series.map(\.name))
        let plotTop = ChartParts.plotTop(legendRowCount: legendRows.count)
        let height = plotTop + ChartParts.plotHeight + ChartParts.bottom
        let plotWidth = ChartParts.plotWidth

        func px(_ x: Double) -> Double { ChartParts.left + xAxis.fraction(x) * plotWidth }
        func py(_ y: Double) -> Double { plotTop + (1 - yAxis.fraction(y)) * ChartParts.plotHeight }
        func inside(_ point: (Double, Double)) -> Bool {
            (xRange?.contains(point.0) ?? true) && (yRange?.contains(point.1) ?? true)
        }
        let clipped = xRange != nil || yRange != nil

        var out = ChartParts.header(id: id, title: chart.title, description: description(), height: height)
        out += ChartParts.plotArea(top: plotTop)
        if clipped {
            out += "<clipPath id=\"\(id)-clip\"><rect x=\"\(n(ChartParts.left))\" y=\"\(n(plotTop))\""
            out += " width=\"\(n(plotWidth))\" height=\"\(n(ChartParts.plotHeight))\"/></clipPath>\n"
        }
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
        let clip: HTML = clipped ? " clip-path=\"url(#\(id)-clip)\"" : ""
        for (index, line) in series.enumerated() where !line.isEmpty {
            let path = line.map { n(px($0.0)) + "," + n(py($0.1)) }.joined(separator: " ")
            out += "<polyline class=\"series \(Theme.seriesClass(index))\"\(dash(index))\(clip)"
            out += " points=\"\(path)\"/>\n"
            // Small series show their points; every point carries its values for a hover.
            let marker = line.count <= 40 ? "marker \(Theme.seriesClass(index))" : "point"
            for point in line where inside(point) {
                out += "<circle class=\"\(marker)\" cx=\"\(n(px(point.0)))\""
                out += " cy=\"\(n(py(point.1)))\" r=\"3\">"
                out += "<title>\(pointTitle(chart.series[index].name, point))</title></circle>\n"
            }
        }
        if let mark = chart.mark, mark.x.isFinite, mark.y.isFinite, inside((mark.x, mark.y)),
           !(chart.logX && mark.x <= 0), !(chart.logY && mark.y <= 0) {
            out += markHTML(mark, x: px(mark.x), y: py(mark.y))
        }
        out += ChartParts.legend(legendRows, names: chart.series.map(\.name)) { index, x, y in
            "<line class=\"series \(Theme.seriesClass(index))\"\(dash(index))"
                + " x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 22))\" y2=\"\(n(y))\"/>\n"
        }
        return out + "</svg>"
    }

    /// "series: x = 0.1, y = 2.35", what hovering over a point shows.
    private func pointTitle(_ name: String, _ point: (Double, Double)) -> String {
        "\(name): \(chart.xLabel.isEmpty ? "x" : chart.xLabel) = \(Self.value(point.0)), "
            + "\(chart.yLabel.isEmpty ? "y" : chart.yLabel) = \(Self.value(point.1))"
    }

    /// A ring around the marked point and its label, on the side with room.
    private func markHTML(_ mark: ChartOutput.Mark, x: Double, y: Double) -> HTML {
        let onLeft = x > ChartParts.left + ChartParts.plotWidth * 0.7
        let labelX = onLeft ? x - 9 : x + 9
        var out: HTML = "<g class=\"mark\">\n"
        out += "<circle class=\"mark-point\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"6\">"
        out += "<title>\(mark.label): \(Self.value(mark.x)), \(Self.value(mark.y))"
        out += "</title></circle>\n"
        out += "<text class=\"mark-label\" x=\"\(n(labelX))\" y=\"\(n(y - 9))\""
        out += onLeft ? " text-anchor=\"end\">" : ">"
        return out + "\(mark.label)</text>\n</g>\n"
    }

    /// Four significant digits, in the book's number style: the same text for the same value
    /// on every platform.
    static func value(_ number: Double) -> String { NumberText.format("%.4g", number) }

    /// A sentence for screen readers: what is plotted against what, and the series.
    private func description() -> String {
        let names = chart.series.map(\.name).joined(separator: ", ")
        return "Line chart of \(chart.yLabel) against \(chart.xLabel); series: \(names)."
    }

    private func dash(_ index: Int) -> HTML {
        let pattern = Self.dashes[index % Self.dashes.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"\(pattern)\""
    }

    private func n(_ value: Double) -> String { ChartParts.n(value) }
}
