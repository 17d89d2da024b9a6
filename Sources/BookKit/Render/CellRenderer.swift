import Foundation

/// Renders one cell: its code (unless hidden), then what it printed, its tables, charts and
/// checks, and the chapter's failure when it happened in this cell. An exercise's solution cell
/// and its hidden tests are folded whole in a `<details>` element; a starter cell whose solution
/// runs in its place is shown, and has no output.
struct CellRenderer {
    var chapter: Chapter

    /// The cell's HTML; `figures` are the numbered entries of its tables and charts, in order.
    func html(_ cell: Cell, output: CellOutput?, failure: Failure?, figures: [FigureIndex.Entry]) -> HTML {
        let words = chapter.language.words
        var out = HTML()
        let code: HTML = "<pre class=\"code\"><code class=\"language-swift\">"
            + "\(SwiftHighlighter.html(cell.code))</code></pre>\n"
        switch cell.mode {
        case .hidden: break
        case .fold:
            out += "<details class=\"code-fold\">\n<summary>\(cell.foldSummary ?? words.showCode)</summary>\n"
            out += code + "</details>\n"
        case .run, .display, .starter, .tests, .solution, .hiddenTests: out += code
        }
        if let output {
            if !output.stdout.isEmpty {
                out += "<pre class=\"output\" data-label=\"\(words.output)\">"
                    + "\(TerminalText.visible(output.stdout))</pre>\n"
            }
            if !output.stderr.isEmpty {
                let text = TerminalText.visible(output.stderr)
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
            out = "<details class=\"solution\">\n<summary>\(words.solutionCode)</summary>\n\(out)</details>\n"
        case .hiddenTests:
            out = "<details class=\"hidden-tests\">\n<summary>\(words.hiddenTests)</summary>\n"
                + "\(out)</details>\n"
        default: break
        }
        let exerciseClass = cell.exercise == nil ? "" : " cell-" + cell.mode.rawValue
        return "<div class=\"cell\(exerciseClass)\" id=\"cell-\(cell.index + 1)\">\n\(out)</div>\n"
    }

    /// A failure box: the compiler-style location line, then the details.
    static func failureHTML(_ failure: Failure) -> HTML {
        var out: HTML = "<div class=\"failure\" role=\"alert\">\n"
        out += "<p><strong>\(failure.location.description):"
        out += " error:</strong> \(TerminalText.visible(failure.message))</p>\n"
        if !failure.details.isEmpty {
            out += "<pre>\(TerminalText.visible(failure.details))</pre>\n"
        }
        return out + "</div>\n"
    }

    private func tableHTML(_ table: TableOutput, entry: FigureIndex.Entry) -> HTML {
        let numeric = NumericColumns.of(table.rows, columnCount: table.columns.count)
        func attribute(_ column: Int) -> HTML { numeric.contains(column) ? " class=\"num\"" : "" }
        var out: HTML = "<figure class=\"table\" id=\"\(entry.anchor)\">\n<table>\n<thead><tr>"
        out += HTML(joining: table.columns.enumerated().map { column, heading in
            "<th scope=\"col\"\(attribute(column))>\(heading)</th>"
        })
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + HTML(joining: row.enumerated().map { "<td\(attribute($0))>\($1)</td>" })
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + caption(label: entry.number, text: table.caption) + "</figure>\n"
    }

    private func chartHTML(_ chart: ChartOutput, entry: FigureIndex.Entry) -> HTML {
        var out: HTML = "<figure class=\"chart\" id=\"\(entry.anchor)\">\n"
        if let categories = chart.categories {
            out += BarChartRenderer(chart: chart, categories: categories, id: entry.anchor).svg() + "\n"
        } else {
            out += ChartRenderer(chart: chart, id: entry.anchor).svg() + "\n"
        }
        let text = chart.caption.isEmpty ? chart.title : chart.title + ". " + chart.caption
        return out + caption(label: entry.number, text: text) + "</figure>\n"
    }

    private func caption(label: String, text: String) -> HTML {
        "<figcaption><span class=\"label\">\(label).</span> \(text)</figcaption>\n"
    }

    private func checkList(_ checks: [CheckOutput]) -> HTML {
        let words = chapter.language.words
        var out: HTML = "<ul class=\"checks\" aria-label=\"\(words.checks)\">\n"
        for check in checks {
            let state = check.passed ? "passed" : "failed"
            let mark = check.passed ? "✓" : "✗"
            out += "<li class=\"\(state)\"><span class=\"mark\" aria-label=\""
            out += "\(check.passed ? words.passed : words.failed)\">\(mark)</span> \(check.claim)"
            if let points = check.points {
                out += " <span class=\"points\">(\(words.points(points)))</span>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }
}
