import XCTest
@testable import BookKit

/// A chapter whose every `memo` value is stored runs unoptimized (`ChapterRunner.loadOnlyFlags`)
/// and gives the same bytes as the optimized build; a miss falls back to the optimized build.
final class MemoizedBuildTests: XCTestCase {
    static let chapter = """
        ---
        title: Numbers
        ---

        The loss after one step is {{ loss }}.

        ```swift
        import L2Lab
        let scale = memo("scale") { 0.1 }
        ```

        ```swift
        var sum = 0.0, compensated = 0.0
        for i in 1...20_000 {
            sum += scale / Double(i) * Double(i % 7 + 1)
            compensated = compensated * 0.999 + Elementary.exp(-Double(i) / 997) * Elementary.log(Double(i) + 0.5)
        }
        var a = [[Double]](repeating: [Double](repeating: 0, count: 24), count: 24)
        for i in 0..<24 { for j in 0..<24 { a[i][j] = Elementary.tanh(Double(i * 31 + j * 17) / 101 - 3) } }
        var product = a
        for i in 0..<24 { for j in 0..<24 {
            var total = 0.0
            for k in 0..<24 { total += a[i][k] * a[k][j] }
            product[i][j] = total
        } }
        var weights = [Double](repeating: 0, count: 24)
        var loss = 0.0
        for _ in 0..<30 {
            var gradient = weights.map { 2 * scale * $0 }
            loss = 0
            for row in 0..<24 {
                let score = zip(product[row], weights).reduce(0) { $0 + $1.0 * $1.1 }
                let p = 1 / (1 + Elementary.exp(-score))
                let label = Double(row % 2)
                loss -= label * Elementary.log(p) + (1 - label) * Elementary.log(1 - p)
                for j in 0..<24 { gradient[j] += (p - label) * product[row][j] / 24 }
            }
            for j in 0..<24 { weights[j] -= 0.05 * gradient[j] }
        }
        print(sum.bitPattern, compensated.bitPattern, loss.bitPattern, weights.map(\\.bitPattern))
        print(product.flatMap { $0 }.reduce(0, +))
        export("weights", weights)
        ```

        """

    private func programs(_ root: URL) -> Int {
        let folder = root.appendingPathComponent(".book-cache/programs").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".program") }.count
    }

    private func forgetResults(_ root: URL) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(".book-cache/results"))
    }

    func testUnoptimizedRunOfStoredValuesGivesTheOptimizedBytes() throws {
        let root = try temporaryFolder(self).appendingPathComponent("book")
        let folder = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: Numbers\n".write(to: folder.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        try Self.chapter.write(to: folder.appendingPathComponent("01-numbers.md"), atomically: true, encoding: .utf8)

        let computed = try buildBook(root)
        XCTAssertEqual(computed.result.status, .succeeded, "\(String(describing: computed.result.failure))")
        XCTAssertEqual(computed.result.memos.map(\.loaded), [false])
        XCTAssertEqual(programs(root), 1, "computed: the optimized program")
        let optimized = try siteFiles(root)

        try forgetResults(root)
        let loaded = try buildBook(root)
        XCTAssertEqual(loaded.result.memos.map(\.loaded), [true])
        XCTAssertEqual(programs(root), 2, "every value stored: the unoptimized program")
        let programsFolder = root.appendingPathComponent(".book-cache/programs").path
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: programsFolder).filter { $0.hasSuffix(".so") }.count,
                       1, "cut after the memo cell: the suffix compiled apart (ProgramSplit)")
        let unoptimized = try siteFiles(root)
        XCTAssertEqual(unoptimized.keys.sorted(), optimized.keys.sorted())
        for (name, bytes) in optimized {
            XCTAssertEqual(unoptimized[name], bytes, "\(name) differs between -O and -Onone")
        }

        // A stored value that cannot be read is a miss: the unoptimized run stops there, and
        // the optimized program computes it, with the same bytes.
        let memoFolder = root.appendingPathComponent(".book-cache/memo")
        for name in try FileManager.default.contentsOfDirectory(atPath: memoFolder.path) where name.hasSuffix(".json") {
            try Data("0\n".utf8).write(to: memoFolder.appendingPathComponent(name))
        }
        try forgetResults(root)
        let missed = try buildBook(root)
        XCTAssertEqual(missed.result.status, .succeeded)
        XCTAssertEqual(missed.result.memos.map(\.loaded), [false])
        XCTAssertEqual(programs(root), 2, "the optimized program, reused")
        XCTAssertEqual(try siteFiles(root), optimized)
    }
}
