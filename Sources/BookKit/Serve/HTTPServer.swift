import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 server for `book serve`: it answers GET and HEAD on 127.0.0.1 only,
/// one request per connection, each on a background thread.
final class HTTPServer: @unchecked Sendable {
    /// What a handler returns for a request path.
    struct Response {
        var status: Int
        var contentType: String
        var body: Data

        static func text(_ status: Int, _ text: String) -> Response {
            Response(status: status, contentType: "text/plain; charset=utf-8", body: Data(text.utf8))
        }
    }

    private let socket: Int32
    private let handler: @Sendable (String) -> Response
    /// The port it listens on (the one asked for, or the one the system chose for 0).
    let port: Int

    /// Listens on 127.0.0.1:`port`; throws a `BookError` naming the port when it is taken.
    init(port: Int, handler: @escaping @Sendable (String) -> Response) throws {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else {
            throw BookError(.io, "cannot open a socket: \(String(cString: strerror(errno)))")
        }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 32) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw BookError(.io, "cannot listen on 127.0.0.1:\(port): \(reason)",
                            hint: "another program may use that port; choose one with --port")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.socket = fd
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        self.handler = handler
    }

    /// Accepts connections on a background thread until the process ends.
    func start() {
        let thread = Thread { [self] in
            while true {
                let client = accept(socket, nil, nil)
                guard client >= 0 else { continue }
                DispatchQueue.global().async { self.serve(client) }
            }
        }
        thread.start()
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(client) else { return }
        let words = head.prefix { $0 != "\r" && $0 != "\n" }.split(separator: " ")
        let response: Response
        var includeBody = true
        if words.count >= 2, words[0] == "GET" || words[0] == "HEAD" {
            includeBody = words[0] == "GET"
            response = handler(String(words[1]))
        } else {
            response = .text(405, "only GET and HEAD are served\n")
        }
        var header = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        header += "Content-Type: \(response.contentType)\r\n"
        header += "Content-Length: \(response.body.count)\r\nCache-Control: no-store\r\n"
        header += "Connection: close\r\n\r\n"
        var bytes = Data(header.utf8)
        if includeBody { bytes.append(response.body) }
        bytes.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = send(client, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return }
                sent += count
            }
        }
    }

    /// The request line and headers, up to the blank line (at most 16 KiB).
    private func readHead(_ client: Int32) -> String? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 16_384 {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.range(of: Data("\r\n\r\n".utf8)) != nil { break }
        }
        return data.isEmpty ? nil : String(decoding: data, as: UTF8.self)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Error"
        }
    }
}
