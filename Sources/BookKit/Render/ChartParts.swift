import Foundation

/// What line and bar charts draw alike, in the same frame: the opening of the SVG with its
/// title and description for screen readers, the legend's layout, the vertical axis, the axis
/// labels, and numbers printed with two decimals so that the same chart gives the same bytes.
enum ChartParts {
    static let width = 640.0
    static let plotHeight = 300.0
    static let left = 72.0
    static let right = 34.0
    static let top = 16.0
    static let legendLine = 24.0
    /// The row between the legend and the plot that holds the vertical axis's label.
    static let axisLabelLine = 30.0
    /// Below the plot: the horizontal ticks' labels, then the axis label, far enough apart
    /// that a tick label and the lowest vertical tick label do not meet at the phone size.
    static let bottom = 64.0
    static var plotWidth: Double { width - left - right }

    /// Where the plot starts: below the legend's rows and the vertical axis's label.
    static func plotTop(legendRowCount: Int) -> Double {
        top + Double(legendRowCount) * legendLine + axisLabelLine
    }

    /// `<svg>` with its view box, then `<title>` and `<desc>` that the image is labelled by.
    static func header(id: String, title: String, description: String, height: Double) -> HTML {
        var out: HTML = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""
        out += " viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(title)</title>\n"
        return out + "<desc id=\"\(id)-desc\">\(description)</desc>\n"
    }

    /// The outline of the plot, whose top edge is at `plotTop`.
    static func plotArea(top plotTop: Double) -> HTML {
        "<rect class=\"plot-area\" x=\"\(n(left))\" y=\"\(n(plotTop))\""
            + " width=\"\(n(plotWidth))\" height=\"\(n(plotHeight))\"/>\n"
    }

    /// A label centred at `x` under the plot: a tick of the horizontal axis, or a bar group's name.
    static func labelBelowPlot(_ text: String, x: Double, plotTop: Double) -> HTML {
        "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(plotTop + plotHeight + 28))\" text-anchor=\"middle\">"
            + "\(text)</text>\n"
    }

    /// Legend entries placed left to right, wrapping to new rows; none for no names. An entry
    /// leaves room for its name at the phone size of the legend's font (18 units).
    static func legendRows(_ names: [String]) -> [[(index: Int, x: Double)]] {
        var rows: [[(index: Int, x: Double)]] = [[]]
        var x = left
        for (index, name) in names.enumerated() {
            let entryWidth = 40 + 10 * Double(name.count)
            if x + entryWidth > width - right, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = left
            }
            rows[rows.count - 1].append((index, x))
            x += entryWidth + 12
        }
        return rows.last?.isEmpty == true && rows.count == 1 ? [] : rows
    }

    /// The legend: for each entry of `rows`, the `key` drawn at (x, y) and the series' name.
    static func legend(_ rows: [[(index: Int, x: Double)]], names: [String],
                       key: (_ index: Int, _ x: Double, _ y: Double) -> HTML) -> HTML {
        var out = HTML()
        for (row, items) in rows.enumerated() {
            let y = top + Double(row) * legendLine + 4
            for item in items {
                out += key(item.index, item.x, y)
                out += "<text class=\"legend\" x=\"\(n(item.x + 28))\" y=\"\(n(y + 4))\">"
                out += "\(names[item.index])</text>\n"
            }
        }
        return out
    }

    /// Horizontal grid lines and tick labels of `axis`, whose value `y` is drawn at `py(y)`.
    static func verticalAxis(_ axis: Axis, _ py: (Double) -> Double) -> HTML {
        var out = HTML()
        for tick in axis.ticks {
            let y = py(tick)
            out += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y))\""
            out += " x2=\"\(n(left + plotWidth))\" y2=\"\(n(y))\"/>\n"
            out += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">"
            out += "\(Axis.label(tick))</text>\n"
        }
        return out
    }

    /// The label under the plot, and the vertical axis's label above the plot, written
    /// horizontally so that a long label stays readable on a phone.
    static func axisLabels(x: String, y: String, plotTop: Double, height: Double) -> HTML {
        var out: HTML = "<text class=\"axis-label\" x=\"\(n(left + plotWidth / 2))\" y=\"\(n(height - 10))\""
        out += " text-anchor=\"middle\">\(x)</text>\n"
        return out + "<text class=\"axis-label\" x=\"8\" y=\"\(n(plotTop - 16))\">\(y)</text>\n"
    }

    static func n(_ value: Double) -> String { String(format: "%.2f", value) }
}
