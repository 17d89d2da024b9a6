import Foundation
import XCTest
@testable import BookKit

/// `book serve`'s parts: the server, the page injection, and the watcher.
final class LivePreviewTests: XCTestCase {
    private func site() throws -> URL {
        let output = try temporaryFolder(self).appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "<html><body><p>Page</p></body></html>".write(to: output.appendingPathComponent("index.html"),
                                                          atomically: true, encoding: .utf8)
        try "p {}".write(to: output.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        try "secret".write(to: output.deletingLastPathComponent().appendingPathComponent("secret.txt"),
                           atomically: true, encoding: .utf8)
        return output
    }

    func testPagesGetTheReloadScriptAndTheLastErrorButFilesOnDiskDoNot() throws {
        let output = try site()
        let preview = LivePreview(output: output)
        preview.buildFinished(error: nil)
        let page = String(decoding: preview.response(for: "/").body, as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<html><body><p>Page</p><script>"))
        XCTAssertTrue(page.contains("var seen = \"1\";") && page.hasSuffix("</script>\n</body></html>"))
        let generation = preview.response(for: LivePreview.generationPath).body
        XCTAssertEqual(String(decoding: generation, as: UTF8.self), "1")

        preview.buildFinished(error: "chapters/01-a.md:3:1: error: <bad>")
        let failed = String(decoding: preview.response(for: "/index.html?x=1").body, as: UTF8.self)
        XCTAssertTrue(failed.contains("role=\"alert\""))
        XCTAssertTrue(failed.contains("chapters/01-a.md:3:1: error: &lt;bad&gt;"))
        XCTAssertTrue(failed.contains("var seen = \"2\";"))
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8),
                       "<html><body><p>Page</p></body></html>")

        let css = preview.response(for: "/style.css")
        XCTAssertEqual(css.contentType, "text/css; charset=utf-8")
        XCTAssertEqual(css.body, Data("p {}".utf8))
    }

    func testNothingOutsideTheOutputFolderIsServed() throws {
        let preview = LivePreview(output: try site())
        for path in ["/../secret.txt", "/%2E%2E/secret.txt", "/.book-output", "/missing.html", "/.."] {
            XCTAssertEqual(preview.response(for: path).status, 404, path)
        }
    }

    func testServesOverARealSocketOnLoopback() throws {
        let preview = LivePreview(output: try site())
        let port = try preview.serve(port: 0)
        defer { preview.stop() }
        let reply = try httpGet(port: port, path: "/style.css")
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 200 OK\r\n"), reply)
        XCTAssertTrue(reply.contains("Content-Length: 4\r\n"), reply)
        XCTAssertTrue(reply.contains("Content-Type: text/css; charset=utf-8\r\n"), reply)
        XCTAssertTrue(reply.hasSuffix("\r\n\r\np {}"))
        XCTAssertTrue(try httpGet(port: port, path: "/nothing").hasPrefix("HTTP/1.1 404 Not Found"))
        XCTAssertThrowsError(try preview.serve(port: port), "the port is taken") { error in
            XCTAssertTrue("\(error)".contains("cannot listen on 127.0.0.1:\(port)"), "\(error)")
            XCTAssertTrue("\(error)".contains("--port"), "\(error)")
        }
        XCTAssertTrue(try httpGet(port: port, path: "/style.css", method: "POST")
            .hasPrefix("HTTP/1.1 405 Method Not Allowed"))
    }

    func testStopFreesThePortAndEndsTheConnections() throws {
        let preview = LivePreview(output: try site())
        let port = try preview.serve(port: 0)
        XCTAssertTrue(try httpGet(port: port, path: "/").hasPrefix("HTTP/1.1 200 OK"))
        preview.stop()
        XCTAssertNil(try? httpGet(port: port, path: "/"), "nothing listens after stop()")
        let again = LivePreview(output: try site())
        XCTAssertEqual(try again.serve(port: port), port, "the same port can be taken again")
        again.stop()
    }

    func testWatcherSeesEditsAdditionsAndRemovals() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("01-a.md")
        try "one".write(to: file, atomically: true, encoding: .utf8)
        let watcher = SourceWatcher(roots: [folder, folder.appendingPathComponent("absent")])
        let first = watcher.fingerprint()
        XCTAssertEqual(first, watcher.fingerprint())
        try "one, two".write(to: file, atomically: true, encoding: .utf8)
        let edited = watcher.fingerprint()
        XCTAssertNotEqual(edited, first)
        let added = folder.appendingPathComponent("02-b.md")
        try "".write(to: added, atomically: true, encoding: .utf8)
        XCTAssertEqual(watcher.fingerprint().count, 2)
        try FileManager.default.removeItem(at: added)
        XCTAssertEqual(watcher.fingerprint(), edited)
    }

    /// Sends a request (GET unless `method` says otherwise) for `path` to 127.0.0.1:`port` and returns the whole reply.
    private func httpGet(port: Int, path: String, method: String = "GET") throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = Array("\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8)
        XCTAssertEqual(send(fd, request, request.count, 0), request.count)
        var reply = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            reply.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
