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

/// The range and ticks of one chart axis, linear or logarithmic (base 10).
struct Axis {
    var logarithmic: Bool
    var low: Double
    var high: Double
    var ticks: [Double]

    init(values: [Double], logarithmic: Bool) {
        self.logarithmic = logarithmic
        let transformed = values.map { logarithmic ? log10($0) : $0 }
        var low = transformed.min() ?? 0
        var high = transformed.max() ?? 1
        if low == high { low -= 0.5; high += 0.5 }
        if logarithmic {
            low = low.rounded(.down)
            high = high.rounded(.up)
            let decades = Int(high - low)
            let step = max(1, decades / 8)
            ticks = stride(from: Int(low), through: Int(high), by: step).map { pow(10, Double($0)) }
        } else {
            let step = Axis.niceStep((high - low) / 5)
            low = (low / step).rounded(.down) * step
            high = (high / step).rounded(.up) * step
            let count = Int(((high - low) / step).rounded())
            ticks = (0...count).map { low + Double($0) * step }
        }
        self.low = low
        self.high = high
    }

    /// Where `value` lies between the axis ends, from 0 to 1.
    func fraction(_ value: Double) -> Double {
        let t = logarithmic ? log10(value) : value
        return (t - low) / (high - low)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let power = pow(10, log10(raw).rounded(.down))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= raw * 0.999 {
            return multiple * power
        }
        return 10 * power
    }

    /// A short label for a tick value.
    static func label(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5) {
            let exponent = Int(log10(magnitude).rounded())
            if abs(magnitude - pow(10, Double(exponent))) < 1e-9 * magnitude {
                return (value < 0 ? "-" : "") + "1e\(exponent)"
            }
            return String(format: "%.1e", value)
        }
        let text = String(format: "%.4g", abs(value) < 1e-12 ? 0 : value)
        return text
    }
}
