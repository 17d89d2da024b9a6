import FlyingFox
import Foundation
import Synchronization

/// The HTTP server of `book serve`: FlyingFox's server, listening on 127.0.0.1 only, answering
/// GET and HEAD through a synchronous handler of request targets. `stop()` closes it.
final class LoopbackServer: Sendable {
    /// What a handler returns for a request target.
    struct Response: Sendable {
        var status: Int
        var contentType: String
        var body: Data

        static func text(_ status: Int, _ text: String) -> Response {
            Response(status: status, contentType: "text/plain; charset=utf-8", body: Data(text.utf8))
        }
    }

    private let server: HTTPServer
    /// The port it listens on (the one asked for, or the one the system chose for 0).
    let port: Int

    /// Listens on 127.0.0.1:`port` and returns once it accepts connections; throws a
    /// `BookError` naming the port when it cannot listen there.
    init(port: Int, handler: @escaping @Sendable (String) -> Response) throws {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: UInt16(truncatingIfNeeded: port))
        let server = HTTPServer(address: address, timeout: 5, logger: .disabled,
                                handler: Handler(respond: handler))
        self.server = server
        // `run()` throws at once when it cannot bind; otherwise the server starts listening.
        // Whichever happens first settles `outcome`.
        let outcome = Mutex<Result<Int, any Error>?>(nil)
        let settled = DispatchSemaphore(value: 0)
        let settle: @Sendable (Result<Int, any Error>) -> Void = { result in
            let first = outcome.withLock { value in
                guard value == nil else { return false }
                value = result
                return true
            }
            if first { settled.signal() }
        }
        Task {
            do { try await server.run() } catch { settle(.failure(error)) }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                guard case .ip4(_, let port) = await server.listeningAddress else {
                    throw BookError(.io, "the server listens on an address that is not IPv4")
                }
                settle(.success(Int(port)))
            } catch {
                settle(.failure(error))
            }
        }
        settled.wait()
        switch outcome.withLock({ $0 })! {
        case .success(let port):
            self.port = port
        case .failure(let error):
            throw BookError(.io, "cannot listen on 127.0.0.1:\(port): \(error.localizedDescription)",
                            hint: "another program may use that port; choose one with --port")
        }
    }

    /// Closes the listening socket and ends the connections; returns when the server is down.
    func stop() {
        let stopped = DispatchSemaphore(value: 0)
        Task { [server] in
            await server.stop()
            stopped.signal()
        }
        stopped.wait()
    }

    /// Turns FlyingFox's requests into calls of the synchronous handler.
    private struct Handler: HTTPHandler {
        var respond: @Sendable (String) -> Response

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            let response: Response
            switch request.method {
            case .GET, .HEAD: response = respond(request.target.rawValue)
            default: response = .text(405, "only GET and HEAD are served\n")
            }
            return HTTPResponse(
                statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)),
                headers: [.contentType: response.contentType, .init("Cache-Control"): "no-store"],
                body: request.method == .HEAD ? Data() : response.body)
        }

        private static func phrase(_ status: Int) -> String {
            switch status {
            case 200: return "OK"
            case 404: return "Not Found"
            case 405: return "Method Not Allowed"
            default: return "Error"
            }
        }
    }
}
