import Foundation

/// Finds where a built page breaks the book's number style (issue 15): a hyphen used as a
/// minus, "1e-07" notation, a number of five digits or more without separators, a separator
/// in a four-digit number of prose, and, in a table column, four-digit numbers grouped in some
/// cells and not in others, numbers of different precision, or numbers not right-aligned.
/// Code, program output, formulas, the references list and the provenance footer are not
/// scanned: code is code, and the others are not numbers the book computed.
struct NumberStyleScanner {
    struct Violation: Equatable, CustomStringConvertible {
        var page: String
        var rule: String
        var excerpt: String
        var description: String { "\(page): \(rule): “\(excerpt)”" }
    }

    /// The violations of every `.html` page in `folder`, page by page in name order.
    static func scan(folder: URL) throws -> [Violation] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        return try names.flatMap { name in
            let page = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return scan(page: page, name: name)
        }
    }

    /// The violations of one page.
    static func scan(page html: String, name: String) -> [Violation] {
        var body = html
        for pattern in [#"<head>.*?</head>"#, #"<pre\b.*?</pre>"#, #"<code\b.*?</code>"#,
                        #"<math\b.*?</math>"#, #"<footer\b.*?</footer>"#, #"<ul class="references">.*?</ul>"#,
                        #"<script\b.*?</script>"#, #"<style\b.*?</style>"#] {
            body = replacing(pattern, in: body, with: " ")
        }
        var violations: [Violation] = []
        func report(_ rule: String, _ excerpt: String) {
            violations.append(Violation(page: name, rule: rule, excerpt: excerpt))
        }
        let tables = matches(#"<table\b.*?</table>"#, in: body)
        let prose = text(replacing(#"<table\b.*?</table>"#, in: body, with: " "))
        for table in tables { scanTable(table, report: report) }
        for cellText in [prose] + tables.map(text) {
            for hit in matches(#"(?<![\p{L}\p{N})\]])-\d[\d.,]*"#, in: cellText) {
                report("hyphen as minus", hit)
            }
            for hit in matches(#"\d(?:\.\d+)?[eE][-+−]?\d+"#, in: cellText) { report("e notation", hit) }
            for hit in matches(#"(?<![\d.,\p{L}])\d{5,}(?![\d\p{L}])"#, in: cellText) {
                report("no thousands separator", hit)
            }
        }
        for hit in matches(#"(?<![\d.,])\d,\d{3}(?![\d,])"#, in: prose) {
            report("separator in a four-digit number of prose", hit)
        }
        return violations
    }

    // MARK: - Tables

    private static func scanTable(_ table: String, report: (String, String) -> Void) {
        let rows = matches(#"<tr\b.*?</tr>"#, in: table).map { row in
            matches(#"<td\b.*?</td>"#, in: row).map { cell in
                (text: text(cell),
                 rightAligned: cell.contains("class=\"num\"") || cell.contains("text-align: right"))
            }
        }.filter { !$0.isEmpty }
        let columnCount = rows.map(\.count).max() ?? 0
        for column in 0..<columnCount {
            let cells = rows.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.text.isEmpty }
            let texts = cells.map(\.text)
            let grouped = texts.filter { !matches(#"(?<![\d.,])\d{1,3}(,\d{3})+(?![\d,])"#, in: $0).isEmpty }
            let fourDigits = texts.filter {
                !matches(#"(?<![\d.,\p{L}])\d{4}(?![\d,\p{L}])"#, in: $0).isEmpty
            }
            if !grouped.isEmpty, let plain = fourDigits.first {
                report("mixed separators in a column", plain + " beside " + grouped[0])
            }
            // One precision per column of numbers; a column that also holds other text (an
            // interval, a word) lists different quantities row by row, each with its own.
            let numbers = texts.compactMap(PlainNumber.init)
            for kind in [false, true] where numbers.count == texts.count {
                let same = numbers.filter { $0.scientific == kind }
                if let first = same.first,
                   let other = same.first(where: { !$0.sharesPrecision(with: first) }) {
                    report("mixed precision in a column", first.text + " beside " + other.text)
                }
            }
            let numeric = !texts.isEmpty
                && texts.allSatisfy { $0.contains(where: \.isNumber) && !$0.contains(where: \.isLetter) }
            if numeric, let left = cells.first(where: { !$0.rightAligned }) {
                report("numeric column not right-aligned", left.text)
            }
        }
    }

    /// A cell that holds one number, and the precision it is written with.
    private struct PlainNumber {
        var text: String
        var scientific: Bool
        var decimals: Int
        /// The counts of significant digits the text may mean (trailing zeros of an integer
        /// may or may not be significant).
        var significant: ClosedRange<Int>

        init?(_ text: String) {
            let mantissa = text.components(separatedBy: "\u{A0}×\u{A0}10").first!
            let scientific = mantissa != text
            let digits = mantissa.drop { $0 == "\u{2212}" }.filter { $0 != "," && $0 != "%" }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  digits.filter({ $0 == "." }).count <= 1 else { return nil }
            self.text = text
            self.scientific = scientific
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            decimals = parts.count == 2 ? parts[1].count : 0
            let significantDigits = digits.filter(\.isNumber).drop { $0 == "0" }
            if parts.count == 2 || significantDigits.isEmpty {
                significant = significantDigits.count...significantDigits.count
            } else {
                let trailingZeros = significantDigits.reversed().prefix { $0 == "0" }.count
                significant = (significantDigits.count - trailingZeros)...significantDigits.count
            }
        }

        /// Whether both numbers have the same number of decimals, or can have the same number
        /// of significant digits. A zero matches any precision.
        func sharesPrecision(with other: PlainNumber) -> Bool {
            decimals == other.decimals || significant.overlaps(other.significant)
                || significant == 0...0 || other.significant == 0...0
        }
    }

    // MARK: - Text

    /// The text of `html`: block tags (and SVG text elements) made line ends, other tags
    /// removed, the common entities decoded.
    private static func text(_ html: String) -> String {
        let blocks = "p|li|td|th|tr|div|h[1-6]|figure|figcaption|table|thead|tbody|ul|ol|section|header"
            + "|nav|article|main|svg|g|text|title|desc|br|details|summary|aside|blockquote|footer"
        let lines = replacing("</?(?:\(blocks))\\b[^>]*>", in: html, with: "\n")
        return replacing("<[^>]*>", in: lines, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        regex(pattern).matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        }
    }

    private static func replacing(_ pattern: String, in text: String, with replacement: String) -> String {
        regex(pattern).stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                withTemplate: replacement)
    }
}
