import Foundation
import GongshiBuild
import Testing

@testable import GongshiServe

/// A site folder in /tmp with content/ and templates/, removed afterwards.
private func withSiteFolder(_ body: (URL) async throws -> Void) async throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-watch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    for folder in ["content/points", "templates/layouts"] {
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try write("a: 1\n", to: site, "content/points/a.yaml")
    try write("<p>{{title}}</p>\n", to: site, "templates/layouts/page.html")
    try await body(site)
}

/// Each rewrite below changes the file's size: the watcher tells a file's versions apart by
/// size, modification time and inode, and a rewrite in the same tick of the kernel's clock
/// (some 4 ms) as the write before keeps the time (the settle test once failed so).
private func write(_ text: String, to site: URL, _ path: String) throws {
    try Data(text.utf8).write(to: site.appendingPathComponent(path))
}

@Suite(.timeLimit(.minutes(1))) struct ContentWatcherTests {
    @Test func reportsNewModifiedAndDeletedFiles() async throws {
        try await withSiteFolder { site in
            let watcher = ContentWatcher(siteDirectory: site, interval: .milliseconds(20), settle: .milliseconds(20))
            var changes = watcher.changes().makeAsyncIterator()

            try write("a: 22\n", to: site, "content/points/a.yaml")
            #expect(await changes.next() == ["content/points/a.yaml"])

            // A save through a swap file and a backup reports only the file the build reads.
            try write("swap", to: site, "content/points/.b.yaml.swp")
            try write("old", to: site, "content/points/b.yaml~")
            try write("4913", to: site, "content/points/4913")
            try write("b: 1\n", to: site, "content/points/b.yaml")
            #expect(await changes.next() == ["content/points/b.yaml"])

            try FileManager.default.createDirectory(
                at: site.appendingPathComponent("content/courses"), withIntermediateDirectories: true)
            try write("c: 1\n", to: site, "content/courses/c.yaml")
            try write("<main></main>\n", to: site, "templates/layouts/page.html")
            #expect(await changes.next() == ["content/courses/c.yaml", "templates/layouts/page.html"])

            try FileManager.default.removeItem(at: site.appendingPathComponent("content/points/a.yaml"))
            #expect(await changes.next() == ["content/points/a.yaml"])
        }
    }

    /// The settle time is long beside the gap between the writes, as the machine running the
    /// tests can hold this one back for a while.
    @Test func writesCloserThanTheSettleTimeAreOneChange() async throws {
        try await withSiteFolder { site in
            let watcher = ContentWatcher(siteDirectory: site, interval: .milliseconds(10), settle: .seconds(2))
            var changes = watcher.changes().makeAsyncIterator()
            try write("a: 333\n", to: site, "content/points/a.yaml")
            try await Task.sleep(for: .milliseconds(20))
            try write("b: 3\n", to: site, "content/points/b.yaml")
            #expect(await changes.next() == ["content/points/a.yaml", "content/points/b.yaml"])
        }
    }

    /// On Linux a write wakes the watcher at once: with a polling interval of a minute, only
    /// the folder events can report these in time, a file in a folder made after the watcher
    /// started included.
    @Test func folderEventsReportAWriteBeforeThePoll() async throws {
        try await withSiteFolder { site in
            let watcher = ContentWatcher(siteDirectory: site, interval: .seconds(60), settle: .milliseconds(20))
            var changes = watcher.changes().makeAsyncIterator()
            let started = ContinuousClock.now
            try write("a: 4444\n", to: site, "content/points/a.yaml")
            #expect(await changes.next() == ["content/points/a.yaml"])
            try FileManager.default.createDirectory(
                at: site.appendingPathComponent("content/courses"), withIntermediateDirectories: true)
            try write("c: 1\n", to: site, "content/courses/c.yaml")
            #expect(await changes.next() == ["content/courses/c.yaml"])
            try await Task.sleep(for: .milliseconds(50))
            try write("c: 22\n", to: site, "content/courses/c.yaml")
            #expect(await changes.next() == ["content/courses/c.yaml"])
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test func ignoresEditorsScratchFiles() {
        for name in [".a.yaml.swp", ".#a.yaml", "a.yaml~", "4913", ".DS_Store", "a.yaml.bak"] {
            #expect(ContentWatcher.isIgnored(name), "\(name)")
        }
        for name in ["a.yaml", "index.md", "hours.csv", "page.html"] {
            #expect(!ContentWatcher.isIgnored(name), "\(name)")
        }
    }

    /// The whole loop: a write in the site folder reaches the builder as a path and an open page
    /// as a reload.
    @Test func aWriteRebuildsAndReloadsTheOpenPage() async throws {
        try await withSiteFolder { site in
            var tree = OutputTree()
            try tree.add("index.html", text: "<html><body>a</body></html>")
            let builder = FakeBuilder([
                .built(tree, changedPaths: ["index.html"], summary: "first"),
                .built(tree, changedPaths: ["index.html"], summary: "second"),
            ])
            let server = try PreviewServer(basePath: "/", port: 0)
            let watcher = ContentWatcher(siteDirectory: site, interval: .milliseconds(20), settle: .milliseconds(20))
            let changes = watcher.changes()
            let running = Task { try await server.run() }
            let following = Task { await server.follow(changes, with: builder) { _, _ in } }
            defer {
                following.cancel()
                running.cancel()
            }
            let port = try await server.listeningPort()
            // Open the stream as the page would once the first build shows, with its build number.
            var page = try await Loopback.get("/", port: port)
            for _ in 0..<200 where page.status != 200 {
                try await Task.sleep(for: .milliseconds(10))
                page = try await Loopback.get("/", port: port)
            }
            let since = try #require(page.text.firstMatch(of: /since=(\d+)/).flatMap { Int($0.1) })
            let events = try await EventStreamReader(port: port, since: since)
            _ = try await events.read(until: ": gongshi serve")
            #expect(await builder.requests == [nil])

            try write("a: 99\n", to: site, "content/points/a.yaml")
            #expect(try await events.read(until: "event: reload").contains("event: reload"))
            #expect(await builder.requests == [nil, ["content/points/a.yaml"]])
        }
    }
}
