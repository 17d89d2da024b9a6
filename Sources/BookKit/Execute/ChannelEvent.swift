import Foundation
import NotebookChannel

/// One line of the side channel that `Notebook` writes while a chapter program runs.
///
/// Kinds and keys come from `NotebookChannel`, which Notebook writes with. Every field an
/// event's kind carries is required: an event that lacks one does not decode, so a key
/// renamed on one side is never read as a default value. The optional fields (a chart's
/// ranges and mark, a check's points) are those the Notebook call may leave out.
enum ChannelEvent: Decodable, Equatable {
    /// A cell starts, after `stdout` and `stderr` bytes of output.
    case cell(index: Int, stdout: Int, stderr: Int)
    /// The cells ended and the prose's inline values start.
    case inlineValues(stdout: Int, stderr: Int)
    /// Inline value `index` of the prose, as text.
    case inline(index: Int, text: String)
    /// The program reached its end.
    case end(stdout: Int, stderr: Int)
    /// A table, chart or check, shown under the running cell.
    case output(RichOutput)
    /// A value published in results.json.
    case export(ExportedValue)
    /// A memoized value, computed or loaded.
    case memo(MemoUse)

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: ChannelKey.self)
        func field<Value: Decodable>(_ key: ChannelKey) throws -> Value {
            try fields.decode(Value.self, forKey: key)
        }
        switch try fields.decode(ChannelEventKind.self, forKey: .type) {
        case .cell:
            self = .cell(index: try field(.index), stdout: try field(.stdout), stderr: try field(.stderr))
        case .inlineValues:
            self = .inlineValues(stdout: try field(.stdout), stderr: try field(.stderr))
        case .inline:
            self = .inline(index: try field(.index), text: try field(.text))
        case .end:
            self = .end(stdout: try field(.stdout), stderr: try field(.stderr))
        case .table:
            let label: String = try field(.label)
            self = .output(.table(TableOutput(caption: try field(.caption), label: label.isEmpty ? nil : label,
                                              columns: try field(.columns), rows: try field(.rows))))
        case let kind where kind == .chart || kind == .bars:
            let label: String = try field(.label)
            let xRange = try fields.decodeIfPresent([Double].self, forKey: .xRange)
            let yRange = try fields.decodeIfPresent([Double].self, forKey: .yRange)
            self = .output(.chart(ChartOutput(
                title: try field(.title), caption: try field(.caption), label: label.isEmpty ? nil : label,
                xLabel: try field(.xLabel), yLabel: try field(.yLabel),
                logX: kind == .bars ? false : try field(.logX), logY: try field(.logY),
                series: try field(.series), categories: kind == .bars ? try field(.categories) : nil,
                xRange: xRange.flatMap(ChartOutput.range), yRange: yRange.flatMap(ChartOutput.range),
                mark: try fields.decodeIfPresent(ChartOutput.Mark.self, forKey: .mark)
            )))
        case .check:
            self = .output(.check(CheckOutput(claim: try field(.claim), passed: try field(.passed),
                                              line: try field(.line),
                                              points: try fields.decodeIfPresent(Int.self, forKey: .points))))
        case .export:
            self = .export(ExportedValue(name: try field(.name), json: try field(.json), text: try field(.text)))
        case .memo:
            self = .memo(MemoUse(name: try field(.name), key: try field(.key), bytes: try field(.bytes),
                                 loaded: try field(.loaded)))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: fields, debugDescription: "not a kind")
        }
    }

    /// Decodes the channel file's lines. An object of a kind this version does not know is
    /// skipped; any other line that is not a valid event (a program killed halfway through
    /// writing it, a field missing) ends the list.
    static func decode(_ data: Data) -> [ChannelEvent] {
        let decoder = JSONDecoder()
        var events: [ChannelEvent] = []
        for line in data.split(separator: 0x0A) {
            if let event = try? decoder.decode(ChannelEvent.self, from: Data(line)) {
                events.append(event)
            } else if let other = try? decoder.decode(UnknownKind.self, from: Data(line)),
                      ChannelEventKind(rawValue: other.type) == nil {
                continue
            } else {
                break
            }
        }
        return events
    }

    /// An object with a `type` string, whatever its kind.
    private struct UnknownKind: Decodable {
        var type: String
    }
}
