import Foundation
import XCTest
@testable import BookKit

/// Exercises: numbering, labels and `@ex:` references, which cells belong to which exercise and
/// which of them run in each edition, the student edition's filter, and the errors at file:line.
final class ExerciseTests: XCTestCase {
    private let frontMatter = "---\ntitle: T\n---\n"

    /// A chapter with two exercises; the first has a starter, a solution, solution prose,
    /// visible and hidden tests; the second only a starter.
    private var twoExercises: String {
        frontMatter + """

        As @ex:gradient asks, and @ex:second after it.

        ::: {.exercise label="gradient" title="The *L2* gradient"}
        Write the gradient.

        ```swift starter
        func gradient(_ w: Double) -> Double { 0 }
        ```

        ```swift solution
        func gradient(_ w: Double) -> Double { 0.5 * w }  // SOLUTION-CODE
        ```

        ::: {.solution}
        SOLUTION-PROSE: the penalty's derivative.
        :::

        ```swift tests
        check(gradient(2) == 1, "the gradient at 2 is 1", points: 2)
        ```

        ```swift hidden-tests
        check(gradient(-4) == -2, "HIDDEN-TEST at -4")
        ```
        :::

        ::: {.exercise label="second"}
        Another.

        ```swift starter
        let answer = 1
        ```
        :::
        """
    }

    private func parse(_ text: String, edition: Edition = .teacher) throws -> Chapter {
        try ChapterParser.parse(text, number: 4, slug: "test", path: "chapters/04-test.md", edition: edition)
    }

    func testExercisesAreNumberedPerChapterAndTheirCellsKnowThem() throws {
        let chapter = try parse(twoExercises)
        XCTAssertEqual(chapter.exercises.map(\.number), ["4.1", "4.2"])
        XCTAssertEqual(chapter.exercises.map(\.label), ["gradient", "second"])
        XCTAssertEqual(chapter.exercises.map(\.anchor), ["ex-gradient", "ex-second"])
        XCTAssertEqual(chapter.exercises.map(\.hasSolution), [true, false])
        XCTAssertEqual(chapter.cells.map(\.mode), [.starter, .solution, .tests, .hiddenTests, .starter])
        XCTAssertEqual(chapter.cells.map(\.exercise), [0, 0, 0, 0, 1])
        // The teacher's edition runs the solution in place of the first starter; the second
        // exercise has no solution, so its starter runs.
        XCTAssertEqual(chapter.runnableCells.map(\.index), [1, 2, 3, 4])
        XCTAssertEqual(chapter.references.map(\.kind), [.exercise, .exercise])
        XCTAssertTrue(proseHTML(chapter).contains("""
            <div class="callout callout-exercise" id="ex-gradient" role="note">
            <p class="callout-title">Exercise 4.1: The <em>L2</em> gradient</p>
            """), proseHTML(chapter))
        XCTAssertTrue(proseHTML(chapter).contains("""
            <details class="solution">
            <summary>Solution</summary>
            <p>SOLUTION-PROSE: the penalty's derivative.</p>
            </details>
            """), proseHTML(chapter))
    }

    func testStudentEditionLeavesOutSolutionsAndHiddenTestsAndKeepsLines() throws {
        let teacher = try parse(twoExercises)
        let student = try parse(twoExercises, edition: .student)
        XCTAssertEqual(student.edition, .student)
        XCTAssertEqual([teacher.editionChangedText, student.editionChangedText], [false, true])
        let plain = try parse(frontMatter + "\n::: exercise\n```swift starter\nlet a = 1\n```\n:::\n",
                              edition: .student)
        XCTAssertFalse(plain.editionChangedText, "an exercise with nothing to leave out is the same text")
        XCTAssertEqual(student.cells.map(\.mode), [.starter, .tests, .starter])
        XCTAssertEqual(student.runnableCells.map(\.mode), [.starter, .tests, .starter])
        XCTAssertEqual(student.exercises.map(\.hasSolution), [false, false])
        // Lines keep their numbers: the tests cell stands where it stood.
        XCTAssertEqual(student.cells[1].fenceLine, teacher.cells[2].fenceLine)
        XCTAssertFalse(proseHTML(student).contains("SOLUTION"), proseHTML(student))
        let program = ChapterProgram(chapter: student).source
        XCTAssertFalse(program.contains("SOLUTION-CODE") || program.contains("HIDDEN-TEST"), program)
        XCTAssertTrue(ChapterProgram(chapter: teacher).source.contains("SOLUTION-CODE"))
    }

    func testStudentSourceRemovesTheTeachersLinesAndStillParses() throws {
        let source = Edition.studentSource(twoExercises, path: "chapters/04-test.md")
        for secret in ["SOLUTION", "HIDDEN-TEST", "swift solution", "{.solution}", "hidden-tests"] {
            XCTAssertFalse(source.contains(secret), secret)
        }
        XCTAssertFalse(source.contains("\n\n\n"), "no blank line is left twice: \(source)")
        let chapter = try parse(source)
        XCTAssertEqual(chapter.cells.map(\.mode), [.starter, .tests, .starter])
        XCTAssertEqual(chapter.runnableCells.count, 3)
        // A chapter without teacher-only parts comes back byte for byte.
        let plain = frontMatter + "\nText.\n\n```swift\nlet x = 1\n```\n"
        XCTAssertEqual(Edition.studentSource(plain, path: "chapters/04-test.md"), plain)
        // Front matter that cannot be read does not keep a solution in.
        let broken = "---\ntitle: [\n---\n\n::: {.exercise}\n```swift solution\nSECRET\n```\n:::\n"
        XCTAssertFalse(Edition.studentSource(broken, path: "chapters/04-test.md").contains("SECRET"))
        XCTAssertEqual(Edition.student.download(Data(twoExercises.utf8), path: "chapters/04-test.md"),
                       Data(source.utf8))
        XCTAssertEqual(Edition.teacher.download(Data(twoExercises.utf8), path: "chapters/04-test.md"),
                       Data(twoExercises.utf8))
    }

    func testSolutionInsideANestedCalloutAndColonsInCodeAreHandled() {
        let body = """
        ::: {.exercise}
        ```swift
        let s = "::: {.solution}"
        ```
        ::: {.solution}
        ::: note
        Inner.
        :::
        Outer.
        :::
        :::
        """
        XCTAssertEqual(Edition.teacherOnlyLines(of: body), Set(5...10))
    }

    func testEditionsHaveDifferentCacheKeysAndTheTeachersIsUnchanged() throws {
        let chapter = try parse(frontMatter + "\n```swift\nlet x = 1\n```\n")
        let program = ChapterProgram(chapter: chapter)
        func key(_ edition: Edition) -> CacheKey {
            CacheKey(program: program, librariesIdentity: "l", toolchainVersion: "t", dataManifests: [],
                     timeLimit: 1, edition: edition)
        }
        XCTAssertNotEqual(key(.teacher).hash, key(.student).hash)
        // The teacher's key is the key of a book without editions: no cached result is lost.
        XCTAssertEqual(key(.teacher).hash, CacheKey(program: program, librariesIdentity: "l",
                                                    toolchainVersion: "t", dataManifests: [], timeLimit: 1).hash)
    }

    func testUnnumberedExerciseGetsAnAnchorFromItsNumber() throws {
        let chapter = try parse(frontMatter + "\n::: exercise\nDo it.\n:::\n")
        XCTAssertEqual(chapter.exercises.map(\.anchor), ["exercise-4-1"])
        XCTAssertTrue(proseHTML(chapter).contains("<p class=\"callout-title\">Exercise 4.1</p>"))
    }

    // MARK: - Errors

    func testSolutionCellOutsideAnExerciseIsAnErrorAtItsLine() {
        assertBookError(line: 7, containing: "'swift solution' cell belongs inside an exercise") {
            _ = try parse(frontMatter + "\nText.\n\n```swift solution\nlet x = 1\n```\n")
        }
        assertBookError(line: 5, containing: "'swift hidden-tests' cell belongs inside an exercise") {
            _ = try parse(frontMatter + "\n```swift hidden-tests\ncheck(true, \"x\")\n```\n")
        }
    }

    func testASolutionFenceWrittenWithEscapesIsAnErrorInTheStudentsEdition() throws {
        for fence in ["```swift hidden\\-tests", "```swift&#32;solution"] {
            let text = frontMatter + "\n::: {.exercise}\n\(fence)\nlet x = 1\n```\n:::\n"
            XCTAssertEqual(try parse(text).cells.count, 1, fence)
            assertBookError(line: 6, containing: "student's edition cannot leave out") {
                _ = try parse(text, edition: .student)
            }
        }
    }

    func testSecondSolutionIsAnErrorAtItsLine() {
        let text = frontMatter + """

            ::: {.exercise}
            ```swift solution
            let a = 1
            ```
            ```swift solution
            let b = 2
            ```
            :::
            """
        assertBookError(line: 9, containing: "Exercise 4.1 already has a 'swift solution' cell, at line 6") {
            _ = try parse(text)
        }
    }

    func testUnclosedExerciseIsAnErrorAtItsOpening() {
        assertBookError(line: 7, containing: "'exercise' callout is never closed") {
            _ = try parse(frontMatter + "\nText.\n\n::: {.exercise}\nDo it.\n")
        }
    }

    func testSolutionBlockOutsideAnExerciseAndNestedExercisesAreErrors() {
        assertBookError(line: 5, containing: "a solution block belongs inside an exercise") {
            _ = try parse(frontMatter + "\n::: {.solution}\nIt is 2.\n:::\n")
        }
        assertBookError(line: 7, containing: "this exercise is inside the exercise of line 5") {
            _ = try parse(frontMatter + "\n::: {.exercise}\nA.\n::: {.exercise}\nB.\n:::\n:::\n")
        }
    }

    func testAReferenceToNoExerciseIsAnErrorEvenWhenTheChapterFailed() throws {
        let chapter = try parse(frontMatter + "\nSee @ex:nothing.\n\n::: {.exercise label=\"sum\"}\nA.\n:::\n")
        let figures = FigureIndex(chapter: chapter, result: succeededRun(chapter))
        assertBookError(line: 5, containing: "no exercise of this chapter has the label 'nothing'") {
            try figures.validate(chapter, ranToEnd: false)
        }
    }

    func testLabelOnANoteOrAnInvalidLabelIsAnError() {
        assertBookError(line: 5, containing: "only an exercise takes a label") {
            _ = try parse(frontMatter + "\n::: {.note label=\"x\"}\nA.\n:::\n")
        }
        assertBookError(line: 5, containing: "the label 'a b' of this exercise is not valid") {
            _ = try parse(frontMatter + "\n::: {.exercise label=\"a b\"}\nA.\n:::\n")
        }
    }
}
