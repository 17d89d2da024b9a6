import XCTest
@testable import L2Lab

final class BinaryClassificationMetricsTests: XCTestCase {
    func testMetricsMatchDefinitions() {
        for reference in binaryReference {
            let metrics = BinaryClassificationMetrics(predictions: reference.predictions,
                                                      labels: reference.labels)
            let counts = [metrics.truePositives, metrics.falsePositives, metrics.trueNegatives,
                          metrics.falseNegatives]
            XCTAssertEqual(counts, reference.counts)
            assertClose([metrics.accuracy, metrics.precision, metrics.recall, metrics.f1], reference.values,
                        "\(reference.predictions) vs \(reference.labels)")
        }
    }

    func testNoPositivePredictionsGivesZeroPrecisionNotNaN() {
        let metrics = BinaryClassificationMetrics(predictions: [false, false], labels: [true, false])
        XCTAssertEqual(metrics.precision, 0)
        XCTAssertEqual(metrics.f1, 0)
        XCTAssertEqual(metrics.accuracy, 0.5)
    }
}
