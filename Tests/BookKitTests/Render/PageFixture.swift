import Foundation
@testable import BookKit

/// A succeeded run of `chapter` in which cell k made `items[k]` and the inline values read
/// `values`.
func succeededRun(
    _ chapter: Chapter, items: [Int: [RichOutput]] = [:], values: [String] = []
) -> ChapterResult {
    ChapterResult(
        status: .succeeded,
        cells: chapter.cells.map {
            CellOutput(cellIndex: $0.index, stdout: "", stderr: "", items: items[$0.index] ?? [])
        },
        inlineValues: values, exports: [], failure: nil
    )
}

/// The HTML of `chapter`'s prose (in a book of its own) after a run that made `values`.
func proseHTML(_ chapter: Chapter, values: [String] = []) -> String {
    let book = Book(root: URL(fileURLWithPath: "/book"), settings: BookSettings(), chapters: [chapter])
    let result = succeededRun(chapter, values: values)
    return ChapterBodyRenderer(book: book, chapter: chapter, result: result,
                               figures: FigureIndex(chapter: chapter, result: result), others: [:]).html().text
}

/// The page of `chapter` (in a book of its own) after `result`.
func renderedPage(_ chapter: Chapter, result: ChapterResult) -> String {
    let key = CacheKey(program: ChapterProgram(chapter: chapter), librariesIdentity: "",
                       toolchainVersion: "", dataManifests: [], timeLimit: 1)
    let book = Book(root: URL(fileURLWithPath: "/book"), settings: BookSettings(), chapters: [chapter])
    return PageRenderer(book: book).chapterPage(
        chapter, result: result, figures: FigureIndex(chapter: chapter, result: result),
        provenance: Provenance(toolchain: "swift", cacheKey: key, data: [])).description
}

/// `page` checked by `tidy`: its warnings and errors, empty when clean; nil when tidy is missing.
func tidyReport(_ page: String) throws -> String? {
    let tidy = URL(fileURLWithPath: "/usr/bin/tidy")
    guard FileManager.default.isExecutableFile(atPath: tidy.path) else { return nil }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tidy-\(UUID().uuidString).html")
    try Data(page.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = tidy
    process.arguments = ["-errors", "-quiet", file.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return report
}

/// What tidy reports about `page` beyond the two warnings every page has (Debian's tidy knows
/// neither `aria-current` nor an SVG `<title>` with an id); nil when tidy is missing.
func unexpectedTidyFindings(_ page: String) throws -> [Substring]? {
    guard let report = try tidyReport(page) else { return nil }
    let known = ["proprietary attribute \"aria-current\"", "<title> proprietary attribute \"id\""]
    return report.split(separator: "\n").filter { line in !known.contains { line.contains($0) } }
}
