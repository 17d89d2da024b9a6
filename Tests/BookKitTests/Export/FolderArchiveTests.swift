import Crypto
import Foundation
import XCTest
import ZIPFoundation
@testable import BookKit

final class FolderArchiveTests: XCTestCase {
    /// A folder of two files, a script, a subfolder and an empty folder, with names that sort
    /// differently by name and by path ('a-c.txt' comes before 'a/' byte by byte).
    private func sampleFolder() throws -> URL {
        let folder = try temporaryFolder(self).appendingPathComponent("sample")
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try files.createDirectory(at: folder.appendingPathComponent("e"), withIntermediateDirectories: true)
        try Data("beta\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data("ac\n".utf8).write(to: folder.appendingPathComponent("a-c.txt"))
        let script = folder.appendingPathComponent("a/x.sh")
        try Data("#!/bin/sh\necho x\n".utf8).write(to: script)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return folder
    }

    func testEntriesAreSortedByPathWithFixedDatesModesAndNoExtraFields() throws {
        let folder = try sampleFolder()
        let (data, paths) = try FolderArchive.data(of: folder, as: "pack")
        XCTAssertEqual(paths, ["pack/", "pack/a-c.txt", "pack/a/", "pack/a/x.sh", "pack/b.txt", "pack/e/"])
        // The first local header: version 2.0, flags 0x0800 (UTF-8 names), stored, time 00:00,
        // date 1980-01-01 (day 1 + month 1 × 32 = 0x21), no extra field.
        XCTAssertEqual(Array(data.prefix(30)), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00,
                                                0x00, 0x00, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00,
                                                0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                                0x05, 0x00, 0x00, 0x00])
        let archive = try Archive(data: data, accessMode: .read)
        var modes: [String: Int] = [:]
        var contents: [String: String] = [:]
        for entry in archive {
            XCTAssertEqual(entry.fileAttributes[.modificationDate] as? Date, FolderArchive.entryDate)
            modes[entry.path] = (entry.fileAttributes[.posixPermissions] as? NSNumber)?.intValue
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            contents[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        XCTAssertEqual(modes, ["pack/": 0o755, "pack/a-c.txt": 0o644, "pack/a/": 0o755, "pack/a/x.sh": 0o755,
                               "pack/b.txt": 0o644, "pack/e/": 0o755])
        XCTAssertEqual(contents["pack/a/x.sh"], "#!/bin/sh\necho x\n")
        XCTAssertEqual(contents["pack/b.txt"], "beta\n")
    }

    /// The bytes depend on nothing but the paths, contents and executable bits: not on times,
    /// on other permission bits, on where the folder is, nor on the ZIP library's version
    /// (the digest is of the archive as written when this test was made).
    func testTheSameFolderGivesTheSameBytesAnywhereAndAnytime() throws {
        let first = try FolderArchive.data(of: try sampleFolder(), as: "pack").data
        let other = try sampleFolder()
        let note = other.appendingPathComponent("b.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o600, .modificationDate: Date()],
                                              ofItemAtPath: note.path)
        let second = try FolderArchive.data(of: other, as: "pack").data
        XCTAssertEqual(first, second)
        XCTAssertEqual(SHA256.hash(data: first).hexString,
                       "0f83fe89bf670a57ac870adae909d2ede903a875f7d3366498e252e79a921115")
        try Data("beta!\n".utf8).write(to: note)
        XCTAssertNotEqual(try FolderArchive.data(of: other, as: "pack").data, first)
    }
}
