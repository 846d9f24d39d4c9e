import FlyingSocks

/// The one place the preview's changing state lives: what is served, and the open event streams
/// that hear about it. One actor, so a page's build number and the reloads pushed to its stream
/// never disagree.
actor PreviewState {
    private(set) var site: PreviewSite
    private var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextStream = 0

    init(site: PreviewSite) {
        self.site = site
    }

    /// Number of open event streams.
    var listenerCount: Int { streams.count }

    /// Takes a rebuild's result and, if pages should reload, tells every open stream.
    func apply(_ build: PreviewResult) -> Bool {
        let replaced = site
        let reload = site.apply(build)
        if reload { broadcast(EventStreamBytes.reload) }
        // The last tree and its deferred routes hold a whole site: let go of them on another
        // thread, so that neither the reload nor the page it asks for waits for the freeing.
        Task.detached(priority: .utility) { withExtendedLifetime(replaced) {} }
        return reload
    }

    /// A new event stream. A page showing an older build than the current one (`since`) reloads
    /// at once.
    func subscribe(since: Int?) -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self)
        let id = nextStream
        nextStream += 1
        streams[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        // Reconnect quickly after a restart of the server; the comment line opens the stream.
        continuation.yield(Array("retry: 500\n: gongshi serve\n\n".utf8))
        if let since, since != site.generation { continuation.yield(EventStreamBytes.reload) }
        return stream
    }

    /// A comment line on every stream, so streams whose browser tab has gone fail their write and close.
    func keepAlive() {
        broadcast(Array(": ping\n\n".utf8))
    }

    private func broadcast(_ bytes: [UInt8]) {
        for continuation in streams.values { continuation.yield(bytes) }
    }

    private func unsubscribe(_ id: Int) {
        streams[id] = nil
    }
}

/// A server-sent-events body for FlyingFox: each chunk goes out as it is yielded, as one chunk
/// of a chunked response, which is how an event stream stays open over HTTP/1.1.
struct EventStreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    static let reload = Array("event: reload\ndata: reload\n\n".utf8)

    let chunks: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty, let chunk = await chunks.next() { pending = chunk[...] }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty, let chunk = await chunks.next() { pending = chunk[...] }
            guard !pending.isEmpty else { return nil }
            let buffer = pending.prefix(count)
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
