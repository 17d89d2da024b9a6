import XCTest
import L2Lab

final class ParallelMapTests: XCTestCase {
    func testParallelMapKeepsTheOrderAndValuesOfMap() {
        let seeds = Array(UInt64(1)...64)
        let draw = { (seed: UInt64) -> [Double] in
            var generator = Xoshiro256StarStar(seed: seed)
            return (0..<1000).map { _ in generator.nextNormal() }
        }
        XCTAssertEqual(seeds.parallelMap(draw), seeds.map(draw))
    }

    func testParallelMapOfAnEmptyArrayIsEmpty() {
        XCTAssertEqual([Int]().parallelMap { $0 * 2 }, [])
    }

    func testParallelMapRunsEveryElementOnce() {
        let values = Array(0..<10_000)
        XCTAssertEqual(values.parallelMap { $0 * $0 }, values.map { $0 * $0 })
    }
}
