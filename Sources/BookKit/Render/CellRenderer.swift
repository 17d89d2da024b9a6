import Foundation

/// Renders one cell: its code (unless hidden), then what it printed, its tables, charts and
/// checks, and the chapter's failure when it happened in this cell. An exercise's solution cell
/// and its hidden tests are folded whole in a `<details>` element; a starter cell whose solution
/// runs in its place is shown, and has no output.
struct CellRenderer {
    var chapter: Chapter

    /// The cell's HTML; `figures` are the numbered entries of its tables and charts, in order.
    func html(_ cell: Cell, output: CellOutput?, failure: Failure?, figures: [FigureIndex.Entry]) -> String {
        let words = chapter.language.words
        var out = ""
        let code = "<pre class=\"code\"><code class=\"language-swift\">"
            + "\(SwiftHighlighter.html(cell.code))</code></pre>\n"
        switch cell.mode {
        case .hidden: break
        case .fold:
            out += "<details class=\"code-fold\">\n<summary>\(HTML.escape(cell.foldSummary ?? words.showCode))</summary>\n"
            out += code + "</details>\n"
        case .run, .display, .starter, .tests, .solution, .hiddenTests: out += code
        }
        if let output {
            if !output.stdout.isEmpty {
                out += "<pre class=\"output\" data-label=\"\(words.output)\">"
                    + "\(HTML.escape(TerminalText.visible(output.stdout)))</pre>\n"
            }
            if !output.stderr.isEmpty {
                let text = HTML.escape(TerminalText.visible(output.stderr))
                out += "<pre class=\"output stderr\" data-label=\"\(words.standardError)\">\(text)</pre>\n"
            }
            var checks: [CheckOutput] = []
            var figures = figures[...]
            for item in output.items {
                if case .check(let check) = item {
                    checks.append(check)
                    continue
                }
                if !checks.isEmpty {
                    out += checkList(checks)
                    checks = []
                }
                switch item {
                case .table(let table): out += tableHTML(table, entry: figures.removeFirst())
                case .chart(let chart): out += chartHTML(chart, entry: figures.removeFirst())
                case .check: break
                }
            }
            if !checks.isEmpty { out += checkList(checks) }
        }
        if let failure { out += Self.failureHTML(failure) }
        switch cell.mode {
        case .solution:
            out = "<details class=\"solution\">\n<summary>\(words.solutionCode)</summary>\n" + out + "</details>\n"
        case .hiddenTests:
            out = "<details class=\"hidden-tests\">\n<summary>\(words.hiddenTests)</summary>\n" + out
                + "</details>\n"
        default: break
        }
        return "<div class=\"cell\(cell.exercise == nil ? "" : " cell-" + cell.mode.rawValue)\" "
            + "id=\"cell-\(cell.index + 1)\">\n" + out + "</div>\n"
    }

    /// A failure box: the compiler-style location line, then the details.
    static func failureHTML(_ failure: Failure) -> String {
        var out = "<div class=\"failure\" role=\"alert\">\n"
        out += "<p><strong>\(HTML.escape(failure.location.description)):"
        out += " error:</strong> \(HTML.escape(TerminalText.visible(failure.message)))</p>\n"
        if !failure.details.isEmpty {
            out += "<pre>\(HTML.escape(TerminalText.visible(failure.details)))</pre>\n"
        }
        return out + "</div>\n"
    }

    private func tableHTML(_ table: TableOutput, entry: FigureIndex.Entry) -> String {
        let numeric = NumericColumns.of(table.rows, columnCount: table.columns.count)
        func attribute(_ column: Int) -> String { numeric.contains(column) ? " class=\"num\"" : "" }
        var out = "<figure class=\"table\" id=\"\(HTML.escape(entry.anchor))\">\n<table>\n<thead><tr>"
        out += table.columns.enumerated().map { column, heading in
            "<th scope=\"col\"\(attribute(column))>\(HTML.escape(heading))</th>"
        }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { "<td\(attribute($0))>\(HTML.escape($1))</td>" }.joined()
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + caption(label: entry.number, text: table.caption) + "</figure>\n"
    }

    private func chartHTML(_ chart: ChartOutput, entry: FigureIndex.Entry) -> String {
        let id = HTML.escape(entry.anchor)
        var out = "<figure class=\"chart\" id=\"\(id)\">\n"
        if let categories = chart.categories {
            out += BarChartRenderer(chart: chart, categories: categories, id: id).svg() + "\n"
        } else {
            out += ChartRenderer(chart: chart, id: id).svg() + "\n"
        }
        let text = chart.caption.isEmpty ? chart.title : chart.title + ". " + chart.caption
        return out + caption(label: entry.number, text: text) + "</figure>\n"
    }

    private func caption(label: String, text: String) -> String {
        "<figcaption><span class=\"label\">\(label).</span> \(HTML.escape(text))</figcaption>\n"
    }

    private func checkList(_ checks: [CheckOutput]) -> String {
        let words = chapter.language.words
        var out = "<ul class=\"checks\" aria-label=\"\(words.checks)\">\n"
        for check in checks {
            let state = check.passed ? "passed" : "failed"
            let mark = check.passed ? "✓" : "✗"
            out += "<li class=\"\(state)\"><span class=\"mark\" aria-label=\""
            out += "\(check.passed ? words.passed : words.failed)\">\(mark)</span> "
            out += HTML.escape(check.claim)
            if let points = check.points {
                out += " <span class=\"points\">(\(words.points(points)))</span>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }
}
