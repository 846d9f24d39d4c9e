import FlyingSocks
import Foundation
import GongshiServe

/// A deliberately small HTTP/1.1 client over a plain TCP socket, so the tests see the bytes the
/// server really sends (no redirect following, no caching, no content decoding).
struct LoopbackResponse {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum Loopback {
    static func connect(port: UInt16, host: String = "127.0.0.1") async throws -> AsyncSocket {
        try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: host, port: port), timeout: 2)
    }

    /// GET (or HEAD) `target` and read the whole response.
    static func get(_ target: String, port: UInt16, method: String = "GET") async throws -> LoopbackResponse {
        try await withDeadline {
            let socket = try await connect(port: port)
            defer { try? socket.close() }
            try await socket.write(Data(request(method, target, port: port).utf8))
            var bytes: [UInt8] = []
            while true {
                if let response = parse(bytes, method: method) { return response }
                do {
                    bytes += try await socket.read(atMost: 65536)
                } catch SocketError.disconnected {
                    guard let response = parse(bytes, method: method, atEnd: true) else {
                        throw SocketError.disconnected
                    }
                    return response
                }
            }
        }
    }

    static func request(_ method: String, _ target: String, port: UInt16) -> String {
        "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
    }

    /// The response once its header and `Content-Length` bytes of body have arrived.
    static func parse(_ bytes: [UInt8], method: String, atEnd: Bool = false) -> LoopbackResponse? {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first.flatMap({ Int($0.split(separator: " ")[1]) }) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let body = Array(bytes[(end + separator.count)...])
        let length = method == "HEAD" ? 0 : headers["content-length"].flatMap { Int($0) }
        if let length {
            guard body.count >= length else { return nil }
            return LoopbackResponse(status: status, headers: headers, body: Array(body.prefix(length)))
        }
        return atEnd ? LoopbackResponse(status: status, headers: headers, body: body) : nil
    }

    /// Runs `work`, failing after `seconds` instead of hanging the test run.
    static func withDeadline<T: Sendable>(
        seconds: Double = 5, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                throw CancellationError()
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}

/// An open `/__gongshi/events` stream, read as raw text (chunk framing included).
final class EventStreamReader: Sendable {
    let socket: AsyncSocket

    init(port: UInt16, since: Int? = nil) async throws {
        socket = try await Loopback.connect(port: port)
        let target = "/__gongshi/events" + (since.map { "?since=\($0)" } ?? "")
        try await socket.write(Data(Loopback.request("GET", target, port: port).utf8))
    }

    deinit { try? socket.close() }

    /// Reads until the text so far holds `needle` `count` times; returns the text.
    func read(until needle: String, count: Int = 1, seconds: Double = 5) async throws -> String {
        try await Loopback.withDeadline(seconds: seconds) { [socket] in
            var text = ""
            while text.components(separatedBy: needle).count - 1 < count {
                text += String(decoding: try await socket.read(atMost: 4096), as: UTF8.self)
            }
            return text
        }
    }
}

/// A builder that hands back scripted results and remembers what it was asked to rebuild.
actor FakeBuilder: PreviewSource {
    private var results: [PreviewResult]
    private(set) var requests: [Set<String>?] = []

    init(_ results: [PreviewResult]) {
        self.results = results
    }

    func rebuild(changed: Set<String>?) async -> PreviewResult {
        requests.append(changed)
        return results.count > 1 ? results.removeFirst() : results[0]
    }
}
