/// Which columns of a computed table hold numbers, so that they are right-aligned with tabular
/// figures and never wrap: a column in which every cell that is not empty has a digit and no
/// letter ("0.52", "−3.1%", "1.2 × 10⁻⁷", "0.98 – 1.02", "[0.9, 1.1]").
enum NumericColumns {
    /// The indexes of the numeric columns of `rows`.
    static func of(_ rows: [[String]], columnCount: Int) -> Set<Int> {
        Set((0..<columnCount).filter { column in
            let cells = rows.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy(isNumeric)
        })
    }

    /// Whether `text` reads as a number or numbers: a digit, and no letter.
    static func isNumeric(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && !text.contains(where: \.isLetter)
    }
}
