// Times the L2Lab workloads that benchmarks/reference.py repeats with NumPy and SciPy.
//
//     L2LabBenchmarks [--data-dir DIR] [--export FILE] [--repetitions N]
//
// Prepares the data (not timed), optionally exports it for the reference, then runs every
// workload N times (default 1; 0 only exports) and prints one `RESULT swift …` line per run.
// Exit codes: 0 success, 64 usage error, 65 bad or missing data, 74 I/O failure.
import Foundation
import L2Lab

/// The parsed command line.
struct BenchmarkOptions {
    var dataDirectory = DataDirectory.fromEnvironment()
    var exportPath: String?
    var repetitions = 1

    static let usage = "usage: L2LabBenchmarks [--data-dir DIR] [--export FILE] [--repetitions N]"

    /// Parses `arguments` (without the program name); nil on a usage error.
    init?(arguments: [String]) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { return nil }
            switch flag {
            case "--data-dir": dataDirectory = DataDirectory(path: value)
            case "--export": exportPath = value
            case "--repetitions":
                guard let count = Int(value), count >= 0 else { return nil }
                repetitions = count
            default: return nil
            }
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

guard let options = BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst())) else {
    printError(BenchmarkOptions.usage)
    exit(64)
}

let settings = BenchmarkSettings()
let data: BenchmarkData
do {
    let prepared = try Stopwatch.time {
        try BenchmarkData(settings: settings, directory: options.dataDirectory)
    }
    data = prepared.result
    let features = data.sentences.features
    printError(String(format: "# swift: data prepared in %.1f s: %d sentences × %d words (%d non-zeros), "
                      + "%d tokens over %d ids", prepared.seconds, features.rows, features.columns,
                      features.storedCount, data.conversations.tokens.count,
                      data.conversations.vocabularySize))
} catch {
    printError("\(error)")
    exit(65)
}

if let path = options.exportPath {
    do {
        try DataExport.write(data, toPath: path)
    } catch {
        printError("\(path): error: cannot write the exported data (\(error))")
        exit(74)
    }
}

for _ in 0..<options.repetitions {
    var results = [
        LogisticWorkloads.fullBatch(data),
        LogisticWorkloads.minibatch(data),
        BigramWorkload.sgdEpoch(data),
    ]
    results += settings.matrixSizes.map(MatrixWorkload.product(size:))
    for result in results {
        print(result.line)
    }
}
