import XCTest
@testable import BookKit

/// `RuntimeStackTrace.removed`: the runtime's stack trace goes, everything else stays.
final class RuntimeStackTraceTests: XCTestCase {
    func testTheTraceBlockIsRemovedAndTheLinesAroundItKept() {
        let text = """
        before
        Fatal error: Error raised at top level: Oops
        Current stack trace:
        0    libswiftCore.so    0x00007f3c2a1b2c3d _swift_stdlib_reportFatalError + 61
        1    libswiftCore.so    0x00007f3c2a1b2c3d <unavailable> + 1234
        12   program            0x000055d0c1e2f3a4 <unavailable> + 5678
        after
        13   a line printed after the trace 0x10
        """
        XCTAssertEqual(RuntimeStackTrace.removed(from: text), """
        before
        Fatal error: Error raised at top level: Oops
        after
        13   a line printed after the trace 0x10
        """)
    }

    func testTheBacktracersNoticeAndItsEmptyLinesAreRemoved() {
        let text = "printed\nswift-runtime: failed to suspend thread 522 while processing a crash; backtraces "
            + "will be missing information\n\n*** Signal 4: Backtracing from 0x55a12d609295... done ***\n\n"
        XCTAssertEqual(RuntimeStackTrace.removed(from: text), "printed\n", "no address or thread id is kept")
        XCTAssertEqual(RuntimeStackTrace.removed(from: "*** not a notice ***\n"), "*** not a notice ***\n")
    }

    func testEveryTraceGoesAndFrameLikeLinesOutsideATraceStay() {
        let frame = "0    libswiftCore.so    0x0000000000001000 f + 1"
        let text = "\(frame)\nCurrent stack trace:\n\(frame)\nmiddle\nCurrent stack trace:\n\(frame)\n"
        XCTAssertEqual(RuntimeStackTrace.removed(from: text), "\(frame)\nmiddle\n")
    }

    func testLinesThatOnlyLookLikeFramesEndTheTrace() {
        let text = """
        Current stack trace:
        0    libswiftCore.so    0x0000000000001000 f + 1
        3 apples
        x1   program 0x10
        42 cost 0x10
        """
        XCTAssertEqual(RuntimeStackTrace.removed(from: text), "3 apples\nx1   program 0x10\n42 cost 0x10")
    }

    func testTextWithoutATraceIsUnchanged() {
        for text in ["", "\n\n", "0    libswiftCore.so    0x0000000000001000 f + 1", "Current stack trace"] {
            XCTAssertEqual(RuntimeStackTrace.removed(from: text), text)
        }
    }
}
