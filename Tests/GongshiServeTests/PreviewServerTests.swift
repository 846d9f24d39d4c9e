import FlyingSocks
import GongshiBuild
import Testing

@testable import GongshiServe

/// A running preview of a small tree under `/yanglao/`, stopped when the test ends.
private func withPreview(
    _ build: PreviewResult? = .built(sampleTree(), changedPaths: [], summary: "ok"),
    _ body: (PreviewServer, UInt16) async throws -> Void
) async throws {
    let server = try PreviewServer(basePath: "/yanglao/", port: 0)
    let running = Task { try await server.run() }
    defer { running.cancel() }
    let port = try await server.listeningPort()
    if let build { await server.show(build) }
    try await body(server, port)
}

private func sampleTree(home: String = "首页") -> OutputTree {
    var tree = OutputTree()
    try! tree.add(
        "index.html", text: "<!DOCTYPE html><html><head></head><body class=\"home\"><h1>\(home)</h1></body></html>")
    try! tree.add("canteens/index.html", text: "<html><body><h1>食堂</h1></body></html>")
    try! tree.add("404.html", text: "<html><body><h1>找不到</h1></body></html>")
    try! tree.add("assets/site.css", text: "body{}")
    try! tree.add("assets/app.js", text: "1")
    try! tree.add("data/points.json", text: "[]")
    try! tree.add("data/points.geojson", text: "{}")
    try! tree.add("data/points.csv", text: "id\n")
    try! tree.add("bulletins/atom.xml", text: "<feed/>")
    try! tree.add("timetable.ics", text: "BEGIN:VCALENDAR")
    try! tree.add("robots.txt", text: "User-agent: *")
    try! tree.add("media/logo.svg", text: "<svg/>")
    try! tree.add("media/photo.png", [0x89, 0x50])
    try! tree.add("media/photo.jpg", [0xFF, 0xD8])
    try! tree.add("media/photo.webp", [0x52])
    try! tree.add("media/notice.pdf", Array("%PDF".utf8))
    return tree
}

private let scriptTag = "<script>(function(){var s=new EventSource"

@Suite struct PreviewServerTests {
    @Test func listensOnLoopbackOnly() async throws {
        try await withPreview { server, port in
            let address = try await server.listeningAddress()
            #expect(address.host == "127.0.0.1")
            #expect(address.port == port && port != 0)
            // 127.0.0.2 reaches this machine too, but only a server bound to every address answers there.
            await #expect(throws: (any Error).self) { try await Loopback.connect(port: port, host: "127.0.0.2") }
        }
    }

    @Test func servesTheTreeUnderTheBasePath() async throws {
        try await withPreview { _, port in
            let home = try await Loopback.get("/yanglao/", port: port)
            #expect(home.status == 200)
            #expect(home.text.contains("<h1>首页</h1>"))
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            let canteens = try await Loopback.get("/yanglao/canteens/", port: port)
            #expect(canteens.status == 200 && canteens.text.contains("食堂"))
            let byName = try await Loopback.get("/yanglao/canteens/index.html", port: port)
            #expect(byName.status == 200 && byName.text.contains("食堂"))
        }
    }

    @Test func redirectsFoldersAndTheRoot() async throws {
        try await withPreview { _, port in
            let folder = try await Loopback.get("/yanglao/canteens", port: port)
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/yanglao/canteens/")
            let root = try await Loopback.get("/", port: port)
            #expect((300..<400).contains(root.status))
            #expect(root.headers["location"] == "/yanglao/")
            let bare = try await Loopback.get("/yanglao", port: port)
            #expect(bare.headers["location"] == "/yanglao/")
        }
    }

    @Test func unknownPathsGetTheSitesNotFoundPage() async throws {
        try await withPreview { _, port in
            for path in ["/yanglao/nowhere/", "/yanglao/assets/none.css", "/elsewhere/", "/yanglao/../etc/passwd"] {
                let response = try await Loopback.get(path, port: port)
                #expect(response.status == 404, "\(path)")
                #expect(response.text.contains("找不到"), "\(path)")
            }
        }
    }

    @Test func contentTypesFollowTheExtension() async throws {
        let expected = [
            "assets/site.css": "text/css; charset=utf-8",
            "assets/app.js": "text/javascript; charset=utf-8",
            "data/points.json": "application/json; charset=utf-8",
            "data/points.geojson": "application/geo+json; charset=utf-8",
            "data/points.csv": "text/csv; charset=utf-8",
            "bulletins/atom.xml": "application/xml; charset=utf-8",
            "timetable.ics": "text/calendar; charset=utf-8",
            "robots.txt": "text/plain; charset=utf-8",
            "media/logo.svg": "image/svg+xml; charset=utf-8",
            "media/photo.png": "image/png",
            "media/photo.jpg": "image/jpeg",
            "media/photo.webp": "image/webp",
            "media/notice.pdf": "application/pdf",
        ]
        try await withPreview { _, port in
            for (path, type) in expected {
                let response = try await Loopback.get("/yanglao/" + path, port: port)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(response.headers["cache-control"] == "no-store", "\(path)")
                // Only HTML gets the reload script; every other file arrives byte for byte.
                #expect(response.body == sampleTree().files[path], "\(path)")
            }
        }
    }

    @Test func htmlGetsTheReloadScriptBeforeTheEndOfBody() async throws {
        try await withPreview { _, port in
            for path in ["/yanglao/", "/yanglao/nowhere/"] {
                let text = try await Loopback.get(path, port: port).text
                #expect(text.contains(scriptTag + "(\"/__gongshi/events?since=1\")"), "\(path)")
                let script = try #require(text.range(of: scriptTag))
                let end = try #require(text.range(of: "</body>"))
                #expect(script.upperBound < end.lowerBound, "\(path)")
            }
        }
    }

    @Test func failureShowsAnEscapedPanelAboveTheLastGoodPageUntilRecovery() async throws {
        try await withPreview { server, port in
            let diagnostics = [
                "content/points/a.yaml:3:7: error: unknown field '<script>alert(1)</script>' (did you mean 'hours'?)",
                "content/points/b.yaml:9:1: error: bad & worse",
            ]
            #expect(await server.show(.failed(diagnostics: diagnostics, summary: "2 errors, 0 warnings in 3 files")))
            let failing = try await Loopback.get("/yanglao/", port: port)
            #expect(failing.status == 200)
            #expect(failing.text.contains("<body class=\"home\"><div role=\"alert\""))
            #expect(failing.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(failing.text.contains("&#39;hours&#39;"))
            #expect(failing.text.contains("bad &amp; worse"))
            #expect(!failing.text.contains("<script>alert"))
            #expect(failing.text.contains("2 errors, 0 warnings in 3 files"))
            #expect(failing.text.contains("<h1>首页</h1>"), "the last good page stays below the panel")
            let errors = try await Loopback.get("/__gongshi/errors", port: port)
            #expect(errors.status == 200)
            #expect(errors.text.contains("content/points/b.yaml:9:1: error: bad &amp; worse"))

            #expect(await server.show(.built(sampleTree(home: "新首页"), changedPaths: [], summary: "ok")))
            let recovered = try await Loopback.get("/yanglao/", port: port)
            #expect(!recovered.text.contains("role=\"alert\""))
            #expect(recovered.text.contains("<h1>新首页</h1>"))
            #expect(try await Loopback.get("/__gongshi/errors", port: port).text.contains("没有问题。"))
        }
    }

    @Test func theFirstBuildFailingShowsTheProblemsPage() async throws {
        let failed = PreviewResult.failed(diagnostics: ["content/site.yaml:1:1: error: broken"], summary: "1 error")
        try await withPreview(failed) { _, port in
            let response = try await Loopback.get("/yanglao/", port: port)
            #expect(response.status == 503)
            #expect(response.text.contains("content/site.yaml:1:1: error: broken"))
            #expect(response.text.contains(scriptTag))
        }
    }

    @Test func eventStreamDeliversReloadAfterARebuild() async throws {
        try await withPreview { server, port in
            let events = try await EventStreamReader(port: port, since: 1)
            let opening = try await events.read(until: ": gongshi serve")
            #expect(opening.contains("text/event-stream"))
            #expect(!opening.contains("event: reload"))
            #expect(await server.listenerCount == 1)
            // Nothing the page shows changed: no reload.
            #expect(await server.show(.built(sampleTree(), changedPaths: [], summary: "ok")) == false)
            #expect(await server.show(.built(sampleTree(home: "改"), changedPaths: ["index.html"], summary: "ok")))
            #expect(try await events.read(until: "event: reload").contains("event: reload"))
        }
    }

    @Test func aPageThatMissedARebuildReloadsWhenItsStreamOpens() async throws {
        try await withPreview { server, port in
            await server.show(.built(sampleTree(home: "改"), changedPaths: ["index.html"], summary: "ok"))
            let events = try await EventStreamReader(port: port, since: 1)
            #expect(try await events.read(until: "event: reload").contains("event: reload"))
        }
    }

    @Test func headAnswersWithoutABody() async throws {
        try await withPreview { _, port in
            let response = try await Loopback.get("/yanglao/assets/site.css", port: port, method: "HEAD")
            #expect(response.status == 200)
            #expect(response.headers["content-length"] == "6")
            #expect(response.body.isEmpty)
        }
    }
}
