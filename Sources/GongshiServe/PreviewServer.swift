import FlyingFox
import FlyingSocks
import Foundation
import GongshiModel

/// The live preview: serves the last good build from memory under the site's base path on
/// 127.0.0.1 only, and pushes `reload` to open pages over server-sent events.
public final class PreviewServer: Sendable {
    private let http: HTTPServer
    private let state: PreviewState

    /// A server for `basePath` (`/yanglao/`) on `port` of 127.0.0.1; port 0 takes any free port
    /// (ask `listeningPort()` which). Nothing listens until `run()`.
    public init(basePath: String, port: UInt16 = 8080, language: Language = .zhHans) throws {
        let state = PreviewState(site: PreviewSite(basePath: basePath, language: language))
        self.state = state
        // The loopback address, never the any-address: a preview of unpublished content is for
        // the person at this machine.
        http = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 15, logger: .disabled,
            handler: PreviewHandler(state: state))
    }

    /// Serves until the calling task is cancelled.
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.http.run() }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(15))
                    await self.state.keepAlive()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Waits until the socket listens, then the address it is bound to.
    public func listeningAddress() async throws -> (host: String, port: UInt16) {
        try await http.waitUntilListening()
        guard case .ip4(let host, let port) = await http.listeningAddress else { throw SocketError.disconnected }
        return (host, port)
    }

    /// Waits until the socket listens, then the port it got.
    public func listeningPort() async throws -> UInt16 {
        try await listeningAddress().port
    }

    /// Serves a rebuild's result from now on; true when open pages were told to reload.
    @discardableResult
    public func show(_ build: PreviewResult) async -> Bool {
        await state.apply(build)
    }

    /// Builds everything once, then rebuilds on each burst of changes until they end, showing
    /// each result; `report` hears of each with how long the rebuild took.
    public func follow(
        _ changes: AsyncStream<Set<String>>, with builder: some PreviewSource,
        report: (PreviewResult, Duration) -> Void
    ) async {
        func rebuild(_ changed: Set<String>?) async {
            let started = ContinuousClock.now
            let build = await builder.rebuild(changed: changed)
            await show(build)
            report(build, ContinuousClock.now - started)
        }
        await rebuild(nil)
        for await changed in changes { await rebuild(changed) }
    }

    /// Number of pages (event streams) currently open.
    public var listenerCount: Int {
        get async { await state.listenerCount }
    }
}

/// Routes requests: the event stream, then the site and the preview's own pages.
private struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: false)
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        if path == PreviewAddresses.events {
            let stream = await state.subscribe(since: request.query["since"].flatMap { Int($0) })
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventStreamBytes(chunks: stream), suggestedBufferSize: 4096))
        }
        // Answered from a copy of the state, so a slow client never holds up a rebuild.
        let response = await state.site.respond(to: path)
        var headers = HTTPHeaders()
        for (name, value) in response.headers { headers[HTTPHeader(name)] = value }
        headers[.contentLength] = String(response.body.count)
        return HTTPResponse(
            statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)), headers: headers,
            body: request.method == .HEAD ? Data() : Data(response.body))
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 404: "Not Found"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
