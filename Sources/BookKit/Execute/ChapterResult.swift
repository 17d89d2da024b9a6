/// Everything one run of a chapter's program produced. It is what the cache stores and what
/// the renderer and `book test` read; it holds no time stamp and no absolute path.
public struct ChapterResult: Codable, Equatable, Sendable {
    /// How the run ended.
    public enum Status: String, Codable, Sendable {
        case succeeded
        case compileFailed
        case crashed
        case timedOut
        /// The program stopped (for example by `exit(0)`) before its last cell finished.
        case exitedEarly
        /// The program printed more than `ChapterRunner.printLimit` and was stopped.
        case printedTooMuch
        /// Not compiled nor run: a chapter it uses failed, so its imported values are missing.
        case notRun
    }

    public var status: Status
    /// Outputs of the cells that ran, in cell order.
    public var cells: [CellOutput]
    /// The text of each inline value, by index; nil when it was never evaluated.
    public var inlineValues: [String?]
    /// Exported values in the order the chapter exported them.
    public var exports: [ExportedValue]
    /// What went wrong, when `status` is not `succeeded`.
    public var failure: Failure?
    /// The files under the book's root that the program opened for reading, with their
    /// digests: the result is reused only while they are unchanged.
    public var filesRead: [FileRead] = []
    /// The memoized values the program computed or loaded, in the order it asked for them.
    public var memos: [MemoUse] = []

    /// Every check of the chapter, in the order they ran.
    public var checks: [CheckOutput] {
        cells.flatMap {
            $0.items.compactMap { if case .check(let check) = $0 { return check } else { return nil } }
        }
    }

    /// Whether the chapter ran to its end and every check held.
    public var passed: Bool { status == .succeeded && checks.allSatisfy(\.passed) }

    /// The output of cell `index`, if it ran.
    public func output(ofCell index: Int) -> CellOutput? { cells.first { $0.cellIndex == index } }
}

/// What one cell produced.
public struct CellOutput: Codable, Equatable, Sendable {
    public var cellIndex: Int
    /// Text the cell printed to standard output.
    public var stdout: String
    /// Text the cell printed to standard error.
    public var stderr: String
    /// Tables, charts and checks, in the order the cell made them.
    public var items: [RichOutput]
}

/// A rich output of a cell.
public enum RichOutput: Codable, Equatable, Sendable {
    case table(TableOutput)
    case chart(ChartOutput)
    case check(CheckOutput)
}

public struct TableOutput: Codable, Equatable, Sendable {
    public var caption: String
    /// The name prose refers to as `@tbl:label`.
    public var label: String?
    public var columns: [String]
    public var rows: [[String]]
}

public struct ChartOutput: Codable, Equatable, Sendable {
    public struct Series: Codable, Equatable, Sendable {
        public var name: String
        public var x: [Double?]
        public var y: [Double?]
    }

    public var title: String
    public var caption: String
    /// The name prose refers to as `@fig:label`.
    public var label: String?
    public var xLabel: String
    public var yLabel: String
    public var logX: Bool
    public var logY: Bool
    public var series: [Series]
    /// For a bar chart, the names of the groups (series' `y` holds one bar per group); nil for
    /// a line chart.
    public var categories: [String]?
    /// The ends of the axes when the cell fixed them, as [low, high].
    public var xRange: [Double]? = nil
    public var yRange: [Double]? = nil
    /// A point marked with a label.
    public var mark: Mark? = nil

    public struct Mark: Codable, Equatable, Sendable {
        public var x: Double
        public var y: Double
        public var label: String
    }

    /// `ends` when it is a valid [low, high] pair, else nil.
    static func range(_ ends: [Double]) -> [Double]? {
        ends.count == 2 && ends[0] < ends[1] && ends.allSatisfy(\.isFinite) ? ends : nil
    }
}

public struct CheckOutput: Codable, Equatable, Sendable {
    public var claim: String
    public var passed: Bool
    /// The line of the `check` call in the chapter file.
    public var line: Int
    /// What the check is worth when it holds (`check(..., points: 2)`), if it says.
    public var points: Int? = nil
}

/// A value a chapter exported with `export(name, value)`.
public struct ExportedValue: Codable, Equatable, Sendable {
    public var name: String
    /// The value as JSON text, exactly as the program wrote it.
    public var json: String
    /// The value as a reader sees it.
    public var text: String
}

/// Why a chapter's run failed, and where.
public struct Failure: Codable, Equatable, Sendable {
    /// The place in the chapter file: the compiler's location, or the line of the cell that
    /// was running.
    public var location: SourceLocation
    /// What happened, in a sentence.
    public var message: String
    /// The compiler's or the program's own words, relative paths only.
    public var details: String
    /// The cell the failure belongs to, when one does (it is shown there in the page).
    public var cellIndex: Int?
}

/// A file under the book's root that a chapter's program opened for reading.
public struct FileRead: Codable, Equatable, Sendable {
    /// Its path relative to the book's root.
    public var path: String
    /// The SHA-256 of its contents after the run, in hexadecimal ("missing" if it was gone).
    public var digest: String
}

/// A value that a chapter's program memoized with `memo(_:_:)`.
public struct MemoUse: Codable, Equatable, Sendable {
    public var name: String
    /// Its key in the store (`.book-cache/memo/KEY.json`).
    public var key: String
    /// The stored entry's size in bytes (0 when there was no store).
    public var bytes: Int
    /// Whether it was loaded from the store rather than computed.
    public var loaded: Bool
}
