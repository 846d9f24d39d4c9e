import Foundation
import GongshiTestSupport
import Testing

/// `gongshi build` end to end on the small fixture site: the files it publishes, their exact
/// bytes (golden files), escaping of hostile text, and that a failed build changes nothing.
@Suite struct BuildCommandTests {
    static let fixture = "Tests/Fixtures/build-small"
    static let golden = Gongshi.packageRoot.appendingPathComponent("Tests/Golden/build-small")

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below a folder, path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] { try FolderEntries.files(below: folder) }

    static func build(_ output: URL, site: String = fixture, options: [String] = []) throws -> Gongshi.Run {
        try Gongshi.run(["build", "--site", site, "--as-of", "2026-11-23", "--output", output.path] + options)
    }

    /// The published pages equal the golden files; `GONGSHI_RECORD=1` rewrites them (and fails).
    @Test func publishesEveryPageAsRecorded() throws {
        let output = try Self.scratch().appendingPathComponent("public")
        let run = try Self.build(output)
        #expect(run.status == 0, "\(run.output)")
        // The theme's assets are copied as they are; the golden files are what the build makes.
        // The manifest holds every file's digest, so any change anywhere changes it:
        // ChangeRecordTests and check-changes.py hold it to the files instead.
        let built = try Self.tree(output).filter { !$0.key.hasPrefix("assets/") && $0.key != "data/manifest.json" }
        if ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, data) in built {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("recorded \(built.count) golden files; run again without GONGSHI_RECORD")
            return
        }
        let expected = try Self.tree(Self.golden)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(built[path] == data, "\(path) differs from Tests/Golden/build-small/\(path)")
        }
    }

    /// Every page's icon, stylesheet and scripts are published, so no page asks for a file
    /// that is not there (a missing favicon is a 404 on every page).
    @Test func everyPageLinksAnIconAndScriptsThatArePublished() throws {
        let output = try Self.scratch().appendingPathComponent("public")
        #expect(try Self.build(output).status == 0)
        let tree = try Self.tree(output)
        // A WeChat article is a text to copy into the editor, which keeps no head.
        for (path, data) in tree where path.hasSuffix(".html") && !path.hasSuffix("/wechat.html") {
            let page = String(decoding: data, as: UTF8.self)
            let icon = page.firstMatch(of: /<link rel="icon" href="\/sub\/([^"]+)" type="image\/svg\+xml">/)
            #expect(icon.map { tree[String($0.1)] != nil } == true, "\(path): no published icon")
            let assets = page.matches(of: /(?:href|src)="\/sub\/(assets\/[^"]+)"/).map { String($0.1) }
            // Icon, stylesheet and the switches' script; a printed sheet needs no switches.
            let sheet = path.contains("/print/") || path.hasPrefix("print/")
            #expect(assets.count >= (sheet ? 2 : 3), "\(path)")
            for asset in assets { #expect(tree[asset] != nil, "\(path): \(asset) is not published") }
        }
    }

    /// Two processes (each with its own hash seed, so no dictionary order can leak into the
    /// output) build each fixture into fresh folders and publish the same bytes.
    @Test(arguments: [fixture, "Tests/Fixtures/reports-city", "Tests/Fixtures/summer-break"])
    func sameInputGivesTheSameBytes(site: String) throws {
        let root = try Self.scratch()
        let first = try Self.build(root.appendingPathComponent("a"), site: site)
        let second = try Self.build(root.appendingPathComponent("b"), site: site)
        #expect(first.status == 0 && second.status == 0, "\(first.output)\(second.output)")
        let tree = try Self.tree(root.appendingPathComponent("a"))
        #expect(tree.keys.contains("index.html") && tree.keys.contains("data/points.json"))
        #expect(tree == (try Self.tree(root.appendingPathComponent("b"))))
    }

    /// The fixture's names, titles and descriptions hold script tags, quotes, Markdown links
    /// and a `javascript:` link; none of it may become markup or a link (the theme's own
    /// scripts aside).
    @Test func hostileTextArrivesAsText() throws {
        let output = try Self.scratch().appendingPathComponent("public")
        #expect(try Self.build(output).status == 0)
        for (path, data) in try Self.tree(output) where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            // JSON-LD is the one inline script a page carries; it must end exactly once, where it
            // ends. The theme's own scripts are files of its assets.
            let blocks = page.matches(of: /<script type="application\/ld\+json">([^<]*)<\/script>/)
            #expect(blocks.allSatisfy { !$0.1.contains("</") }, "\(path)")
            // Besides it, only the theme's own script files, which no data names.
            let html = page.replacing(/<script type="application\/ld\+json">[^<]*<\/script>/, with: "")
                .replacing(/<script src="[^"<>]*\/assets\/[a-z-]+\.js"( defer)?><\/script>/, with: "")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("evil.example\""), "\(path): a Markdown link in a title became a link")
            #expect(!html.contains("<b>"), "\(path)")
        }
    }

    /// Links are rooted at base_url's path, so the site works under a sub-folder.
    @Test func internalLinksUseTheBasePath() throws {
        let output = try Self.scratch().appendingPathComponent("public")
        #expect(try Self.build(output).status == 0)
        let home = String(decoding: try Data(contentsOf: output.appendingPathComponent("index.html")), as: UTF8.self)
        let links = home.matches(of: /href="([^"]*)"/).map { String($0.1) }
        #expect(!links.isEmpty)
        for link in links {
            #expect(
                link.hasPrefix("/sub/") || link.hasPrefix("https://") || link.hasPrefix("tel:") || link.hasPrefix("#"),
                "\(link)")
        }
    }

    @Test func aFailedBuildKeepsThePublishedSiteByteForByte() throws {
        let root = try Self.scratch()
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Gongshi.packageRoot.appendingPathComponent(Self.fixture), to: site)
        let output = site.appendingPathComponent("public")
        #expect(try Self.build(output, site: site.path).status == 0)
        let before = try Self.tree(output)
        try "- id: broken\n  kind: canteen\n".write(
            to: site.appendingPathComponent("content/points/broken.yaml"), atomically: true, encoding: .utf8)
        let failed = try Self.build(output, site: site.path)
        #expect(failed.status == 1)
        #expect(failed.lines.last?.hasSuffix("nothing was published") == true)
        #expect(try Self.tree(output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == [
                ".public.gongshi-state", "content", "public",
            ])
    }
}

/// Options of `gongshi build` that change what is published.
@Suite struct BuildOptionTests {
    /// `--no-record` over a folder that holds a record stops before any content is read, and
    /// the summary says so instead of counting no files.
    @Test func aRefusedTrialBuildCountsNoFiles() throws {
        let output = try BuildCommandTests.scratch().appendingPathComponent("public")
        #expect(try BuildCommandTests.build(output).status == 0)
        let english = try BuildCommandTests.build(output, options: ["--no-record"])
        #expect(english.status == 1)
        #expect(english.output.contains("GS6012"))
        #expect(english.lines.last == "1 error, 0 warnings before any content was read; nothing was published")
        let chinese = try Gongshi.run(
            [
                "build", "--site", BuildCommandTests.fixture, "--as-of", "2026-11-23", "--output", output.path,
                "--no-record",
            ], language: ["GONGSHI_LANG": "zh-Hans"])
        #expect(chinese.lines.last == "还没读内容就有 1 个错误、0 个警告；什么都没有发布")
    }

    @Test func draftsArePublishedOnlyWithTheFlag() throws {
        let root = try BuildCommandTests.scratch()
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture), to: site)
        try "---\ntitle: 草稿\ndraft: true\n---\n未完成。\n".write(
            to: site.appendingPathComponent("content/pages/draft.md"), atomically: true, encoding: .utf8)
        let plain = root.appendingPathComponent("plain")
        let drafts = root.appendingPathComponent("drafts")
        #expect(
            try Gongshi.run(["build", "--site", site.path, "--as-of", "2026-11-23", "--output", plain.path]).status == 0
        )
        #expect(
            try Gongshi.run([
                "build", "--site", site.path, "--as-of", "2026-11-23", "--output", drafts.path, "--drafts",
            ])
            .status == 0)
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("draft/index.html").path))
        #expect(FileManager.default.fileExists(atPath: drafts.appendingPathComponent("draft/index.html").path))
    }

    /// `--base-url` moves every internal link and the sitemap to the new address.
    @Test func baseURLMovesLinksAndSitemap() throws {
        let output = try BuildCommandTests.scratch().appendingPathComponent("public")
        let run = try Gongshi.run([
            "build", "--site", BuildCommandTests.fixture, "--as-of", "2026-11-23", "--output", output.path,
            "--base-url", "https://preview.example/staging/",
        ])
        #expect(run.status == 0, "\(run.output)")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("href=\"/staging/canteens/\""))
        #expect(!home.contains("/sub/"))
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://preview.example/staging/canteens/</loc>"))
    }
}
