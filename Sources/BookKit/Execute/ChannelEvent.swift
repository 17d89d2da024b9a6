import Foundation

/// One line of the side channel that `Notebook` writes while a chapter program runs.
struct ChannelEvent: Decodable {
    var type: String
    var index: Int?
    var stdout: Int?
    var stderr: Int?
    var caption: String?
    var label: String?
    var columns: [String]?
    var rows: [[String]]?
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var logX: Bool?
    var logY: Bool?
    var series: [ChartOutput.Series]?
    var xRange: [Double]?
    var yRange: [Double]?
    var mark: ChartOutput.Mark?
    var categories: [String]?
    var passed: Bool?
    var claim: String?
    var line: Int?
    var name: String?
    var json: String?
    var text: String?
    var key: String?
    var bytes: Int?
    var loaded: Bool?

    /// Decodes the channel file's lines; a line that is not a valid event (a program killed
    /// halfway through writing it) ends the list.
    static func decode(_ data: Data) -> [ChannelEvent] {
        let decoder = JSONDecoder()
        var events: [ChannelEvent] = []
        for line in data.split(separator: 0x0A) {
            guard let event = try? decoder.decode(ChannelEvent.self, from: Data(line)) else { break }
            events.append(event)
        }
        return events
    }

    /// The rich output this event carries, if it is one.
    var richOutput: RichOutput? {
        switch type {
        case "table":
            return .table(TableOutput(caption: caption ?? "", label: nonEmptyLabel, columns: columns ?? [],
                                      rows: rows ?? []))
        case "chart", "bars":
            return .chart(ChartOutput(
                title: title ?? "", caption: caption ?? "", label: nonEmptyLabel, xLabel: xLabel ?? "",
                yLabel: yLabel ?? "", logX: logX ?? false, logY: logY ?? false, series: series ?? [],
                categories: type == "bars" ? categories ?? [] : nil,
                xRange: xRange.flatMap(ChartOutput.range), yRange: yRange.flatMap(ChartOutput.range),
                mark: mark
            ))
        case "check":
            return .check(CheckOutput(claim: claim ?? "", passed: passed ?? false, line: line ?? 0))
        default:
            return nil
        }
    }

    private var nonEmptyLabel: String? { label?.isEmpty == false ? label : nil }
}
