import L2Lab
import XCTest

final class ACLSumLoaderTests: XCTestCase {
    func testTrainSplitLoadsDocumentsInFileOrder() throws {
        let loader = ACLSumLoader(directory: try FixtureDirectory.named("valid"))
        let documents = try loader.documents(in: .train)
        XCTAssertEqual(documents.map(\.id), ["P99-1001", "2021.acl-long.7"])
        let first = documents[0]
        XCTAssertEqual(first.title, "Counting Words Carefully")
        XCTAssertEqual(first.sentences.abstract, ["We count words .", "Counting is hard ."])
        XCTAssertEqual(first.sentences[.introduction].count, 3)
        XCTAssertEqual(first.sentences.conclusion, ["We counted ."])
        XCTAssertEqual(first.summaries[.approach], "They count words one by one.")
        XCTAssertEqual(first.highlights.challenge.introduction, [false, true, false])
        XCTAssertEqual(first.highlights[.outcome][.conclusion], [true])
    }

    func testNonASCIITextIsKept() throws {
        let loader = ACLSumLoader(directory: try FixtureDirectory.named("valid"))
        let second = try loader.documents(in: .train)[1]
        XCTAssertEqual(second.sentences.introduction, ["An introduction \u{2022} with a bullet ."])
    }

    func testEverySplitReadsItsOwnFile() throws {
        let loader = ACLSumLoader(directory: try FixtureDirectory.named("valid"))
        let ids = try ACLSumSplit.allCases.map { try loader.documents(in: $0).map(\.id) }
        XCTAssertEqual(ids, [["P99-1001", "2021.acl-long.7"], ["N10-1045"], ["W99-0615"]])
        XCTAssertEqual(ACLSumSplit.allCases.map(\.fileName), ["train.jsonl", "val.jsonl", "test.jsonl"])
    }

    func testHighlightedSentencesFollowSectionOrder() throws {
        let loader = ACLSumLoader(directory: try FixtureDirectory.named("valid"))
        let first = try loader.documents(in: .train)[0]
        XCTAssertEqual(
            first.highlightedSentences(for: .challenge), ["Counting is hard .", "Nobody counts them ."]
        )
        XCTAssertEqual(first.highlightedSentences(for: .outcome), ["We counted ."])
        XCTAssertEqual(first.sentences.inOrder.map(\.count), [2, 3, 1])
    }

    func testMissingDataNamesTheFolderAndTheEnvironmentVariable() throws {
        let loader = ACLSumLoader(directory: DataDirectory(path: "/nonexistent/book-data"))
        XCTAssertThrowsError(try loader.documents(in: .val)) { error in
            XCTAssertEqual(
                error as? DataLoadError, .missingData(path: "/nonexistent/book-data/aclsum/val.jsonl")
            )
            // The library knows nothing of the command line: `book` adds the hint to fetch.
            XCTAssertEqual("\(error)", "/nonexistent/book-data/aclsum/val.jsonl: error: data not found: "
                + "the folder /nonexistent/book-data/aclsum has no val.jsonl "
                + "(corpora are read from the folder named by BOOK_DATA_DIR, else from .book-data).")
        }
    }

    func testTruncatedRecordNamesFileAndLine() throws {
        let directory = try FixtureDirectory.named("truncated")
        XCTAssertThrowsError(try ACLSumLoader(directory: directory).documents(in: .train)) { error in
            guard case let .malformed(path, line, expected)? = error as? DataLoadError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(path.hasSuffix("truncated/aclsum/train.jsonl"), path)
            XCTAssertEqual(line, 2)
            XCTAssertEqual(
                expected, "expected complete, valid JSON (Unexpected end of file during JSON parse.)"
            )
            XCTAssertTrue("\(error)".contains("train.jsonl:2: error: record on line 2"), "\(error)")
        }
    }

    func testLabelCountDifferentFromSentenceCountIsRejected() throws {
        let directory = try FixtureDirectory.named("wrong-shape")
        XCTAssertThrowsError(try ACLSumLoader(directory: directory).documents(in: .train)) { error in
            guard case let .malformed(_, line, expected)? = error as? DataLoadError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(line, 2)
            XCTAssertEqual(
                expected,
                "expected highlights.approach.conclusion to hold 2 labels of 0 or 1, one per sentence, "
                    + "found 1 labels"
            )
        }
    }

    func testStringInPlaceOfSentenceListIsRejected() throws {
        let directory = try FixtureDirectory.named("wrong-shape")
        XCTAssertThrowsError(try ACLSumLoader(directory: directory).documents(in: .val)) { error in
            guard case let .malformed(_, line, expected)? = error as? DataLoadError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(line, 1)
            XCTAssertEqual(expected, "expected an array at sentences.introduction")
        }
    }
}
