import Foundation
import Synchronization

/// The server side of `book serve`: it serves the output folder on 127.0.0.1 and, in every
/// page it serves (never in the files on disk), adds a script that reloads the page when a
/// rebuild finishes, and a banner with the error when the last rebuild stopped on one.
public final class LivePreview: Sendable {
    private let output: URL
    /// The number of builds finished, and the error of the last one (nil when it succeeded).
    private let state = Mutex<(generation: Int, lastError: String?)>((0, nil))
    private let servers = Mutex<[LoopbackServer]>([])

    /// The path the pages poll to learn that a rebuild finished.
    static let generationPath = "/__book/generation"

    /// A preview of the site in `output`.
    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Records the end of a build: open pages reload. `error` (nil when the build succeeded)
    /// shows on every page until a build succeeds.
    public func buildFinished(error: String?) {
        state.withLock { $0 = ($0.generation + 1, error) }
    }

    /// Starts serving on 127.0.0.1:`port` (0: any free port) and returns the port.
    public func serve(port: Int) throws -> Int {
        let server = try LoopbackServer(port: port) { [self] path in response(for: path) }
        servers.withLock { $0.append(server) }
        return server.port
    }

    /// Stops every server `serve` started; their ports are free again when it returns.
    public func stop() {
        for server in servers.withLock({ servers in defer { servers = [] }; return servers }) {
            server.stop()
        }
    }

    func response(for target: String) -> LoopbackServer.Response {
        let (generation, error) = state.withLock { $0 }
        let path = target.prefix { $0 != "?" && $0 != "#" }
        if path == Self.generationPath { return .text(200, "\(generation)") }
        guard let file = file(at: String(path)), let body = try? Data(contentsOf: file) else {
            return .text(404, "not found: \(path)\n")
        }
        let type = Self.contentTypes[file.pathExtension] ?? "application/octet-stream"
        guard file.pathExtension == "html" else {
            return LoopbackServer.Response(status: 200, contentType: type, body: body)
        }
        let extra = (Self.banner(error) + Self.reloadScript(generation: generation)).data
        var page = body
        if let end = page.range(of: Data("</body>".utf8), options: .backwards) {
            page.insert(contentsOf: extra, at: end.lowerBound)
        } else {
            page += extra
        }
        return LoopbackServer.Response(status: 200, contentType: type, body: page)
    }

    /// The regular file inside the output folder that a request path names, if any.
    private func file(at path: String) -> URL? {
        let decoded = path.removingPercentEncoding ?? path
        var parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        if parts.isEmpty { parts = ["index.html"] }
        let url = parts.reduce(output) { $0.appendingPathComponent($1) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
        else { return nil }
        return url
    }

    private static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "json": "application/json", "svg": "image/svg+xml", "png": "image/png", "js": "text/javascript",
        "woff2": "font/woff2", "txt": "text/plain; charset=utf-8",
    ]

    private static func banner(_ error: String?) -> HTML {
        guard let error else { return HTML() }
        return "<div role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;z-index:10;margin:0;"
            + "padding:0.8em 1em;background:#7a1f1f;color:#fff;font:14px/1.4 monospace;"
            + "white-space:pre-wrap\">"
            + "The last rebuild stopped; this page is from the build before.\n\(error)</div>\n"
    }

    private static func reloadScript(generation: Int) -> HTML {
        """
        <script>(function () {
          var seen = "\(generation)";
          function poll() {
            fetch("\(generationPath)", {cache: "no-store"}).then(function (r) { return r.text(); })
              .then(function (now) {
                if (now !== seen) { location.reload(); } else { setTimeout(poll, 250); }
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();</script>

        """
    }
}
