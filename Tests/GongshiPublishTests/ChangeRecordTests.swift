import Foundation
import GongshiBuild
import GongshiModel
import GongshiSite
import GongshiTestSupport
import Testing

/// The public record of changes over `Tests/Fixtures/change-record`: two publications of the
/// fixture with edits between them, into one output folder, as a bureau publishes.
@Suite struct ChangeRecordTests {
    static let fixture = ReportPagesTests.root.appendingPathComponent("Tests/Fixtures/change-record")

    /// A copy of the fixture and an output folder beside it.
    struct Scratch {
        let site: URL
        let output: URL

        init() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-changes-\(UUID())")
            site = root.appendingPathComponent("site")
            output = root.appendingPathComponent("public")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: ChangeRecordTests.fixture, to: site)
        }

        var points: URL { site.appendingPathComponent("content/points/fengqiao.yaml") }

        func edit(_ replacements: [(String, String)]) throws {
            var text = try String(contentsOf: points, encoding: .utf8)
            for (old, new) in replacements {
                #expect(text.contains(old), "the fixture holds \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try text.write(to: points, atomically: true, encoding: .utf8)
        }

        @discardableResult
        func build(on day: String, record: Bool = true) -> SiteBuild.Report {
            SiteBuild.run(.init(siteDirectory: site, output: output, asOf: LocalDate(iso: day), record: record))
        }

        func file(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }

        func history() throws -> ChangeHistory {
            try #require(try PreviousPublication.read(publishedIn: output).history)
        }
    }

    /// The four edits of the issue: one canteen's hours, one status, one point added, one removed.
    static let fourEdits = [
        ("open: \"10:30\", close: \"12:30\"", "open: \"10:45\", close: \"12:30\""),
        ("李村村委会东侧\n  status: construction", "李村村委会东侧\n  status: operating\n  opened: 2026-11-20"),
        (
            "- id: canteen-zhao\n  kind: canteen\n  name: 枫桥镇赵村爱心食堂\n  region: fengqiao-zhao\n  address: 赵村老年活动室\n  status: operating\n  opened: 2024-06-01\n",
            "- id: meal-zhao\n  kind: meal-point\n  name: 赵村助餐点\n  region: fengqiao-zhao\n  address: 赵村村委会\n  status: planned\n"
        ),
    ]

    @Test func fourEditsGiveExactlyFourEntriesInWords() throws {
        let scratch = try Scratch()
        #expect(scratch.build(on: "2026-11-23").published)
        #expect(try scratch.history() == ChangeHistory(since: LocalDate(iso: "2026-11-23")!))
        try scratch.edit(Self.fourEdits)
        #expect(scratch.build(on: "2026-11-24").published)

        let history = try scratch.history()
        #expect(history.days.map(\.date.description) == ["2026-11-24"])
        let changes = try #require(history.days.first?.changes)
        #expect(
            changes.map { "\($0.change) \($0.id)" } == [
                "changed canteen-li", "changed canteen-yang", "removed canteen-zhao", "added meal-zhao",
            ])
        func fields(_ id: String) -> [String] {
            changes.first { $0.id == id }!.fields.map { "\($0.label) \($0.before ?? "-") → \($0.after ?? "-")" }
        }
        #expect(fields("canteen-yang") == ["开放时间 周一至周六 10:30–12:30 午餐 → 周一至周六 10:45–12:30 午餐"])
        #expect(fields("canteen-li") == ["状态 建设中 → 运营中", "启用日期 - → 2026年11月20日"])

        // The day's page and the feed say the same in words.
        let page = try scratch.file("changes/2026-11-24/index.html")
        #expect(page.contains("开放时间 周一至周六 10:30–12:30 午餐 → 周一至周六 10:45–12:30 午餐"))
        #expect(page.contains("状态 建设中 → 运营中"))
        #expect(page.contains("<strong>新增</strong> <a href=\"/sub/points/meal-zhao/\">赵村助餐点</a>"))
        #expect(page.contains("<strong>撤下</strong> 枫桥镇赵村爱心食堂"))
        let feed = try scratch.file("changes/atom.xml")
        #expect(feed.contains("<id>https://example.org/sub/changes/2026-11-24/</id>"))
        #expect(feed.contains("修改 枫桥镇杨村爱心食堂：开放时间 周一至周六 10:30–12:30 午餐 → 周一至周六 10:45–12:30 午餐"))
        let index = try scratch.file("changes/index.html")
        #expect(index.contains("本记录自2026年11月23日起"))
        #expect(index.contains("<a href=\"/sub/changes/2026-11-24/\">2026年11月24日</a><br>新增 1 项，修改 2 项，撤下 1 项"))
    }

    @Test func aPublicationWithoutChangesAddsNothing() throws {
        let scratch = try Scratch()
        scratch.build(on: "2026-11-23")
        let first = try scratch.file(ChangeRecord.historyPath)
        // A later day with the same content: the pages may change (the as-of day), the record not.
        #expect(scratch.build(on: "2026-11-30").published)
        #expect(try scratch.file(ChangeRecord.historyPath) == first)
        #expect(
            !FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("changes/2026-11-30").path))
    }

    @Test func changesOfOneDayMergeAndPastDaysStay() throws {
        let scratch = try Scratch()
        scratch.build(on: "2026-11-23")
        try scratch.edit([("open: \"10:30\"", "open: \"10:45\"")])
        scratch.build(on: "2026-11-24")
        try scratch.edit([("open: \"10:45\"", "open: \"11:00\"")])
        scratch.build(on: "2026-11-24")
        var history = try scratch.history()
        #expect(history.days.count == 1)
        #expect(
            history.days[0].changes.flatMap(\.fields).map { "\($0.before ?? "") → \($0.after ?? "")" } == [
                "周一至周六 10:30–12:30 午餐 → 周一至周六 11:00–12:30 午餐"
            ])
        let dayBefore = history.days[0]

        // The next day: a point added and removed again within the day leaves nothing.
        try scratch.edit([("status: construction", "status: planned")])
        scratch.build(on: "2026-11-25")
        try scratch.edit([("status: planned", "status: construction")])
        scratch.build(on: "2026-11-25")
        history = try scratch.history()
        #expect(history.days == [dayBefore])

        // A later day's change is appended; the earlier day is as it was.
        try scratch.edit([("address: 赵村老年活动室", "address: 赵村老年活动中心")])
        scratch.build(on: "2026-11-26")
        history = try scratch.history()
        #expect(history.days.map(\.date.description) == ["2026-11-24", "2026-11-26"])
        #expect(history.days[0] == dayBefore)
    }

    @Test func theManifestListsEveryFileWithItsDigest() throws {
        let scratch = try Scratch()
        scratch.build(on: "2026-11-23")
        try Self.expectManifestMatches(scratch.output)
        // An incremental build keeps most files without reading them: their digests still hold.
        try scratch.edit([("open: \"10:30\"", "open: \"10:45\"")])
        let report = scratch.build(on: "2026-11-23")
        #expect(report.renderedCount < report.fileCount)
        try Self.expectManifestMatches(scratch.output)
    }

    static func expectManifestMatches(_ output: URL) throws {
        let data = try Data(contentsOf: output.appendingPathComponent(ChangeRecord.manifestPath))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        var listed: Set<String> = []
        for file in manifest.files {
            let bytes = try Data(contentsOf: output.appendingPathComponent(file.path))
            #expect(bytes.count == file.size, "\(file.path)")
            #expect(Digest.sha256Hex(Array(bytes)) == file.sha256, "\(file.path)")
            listed.insert(file.path)
        }
        let published = try Set(FolderEntries.filePaths(below: output))
        #expect(published.subtracting(listed) == [ChangeRecord.manifestPath])
        #expect(manifest.records.count == 4)
    }

    struct Manifest: Decodable {
        var files: [File]
        var records: [Record]

        struct File: Decodable {
            var path: String
            var size: Int
            var sha256: String
        }

        struct Record: Decodable {
            var id: String
            var digest: String
        }
    }

    @Test func noRecordKeepsNoRecordAndNeverEndsOne() throws {
        let scratch = try Scratch()
        #expect(scratch.build(on: "2026-11-23", record: false).published)
        for path in [ChangeRecord.manifestPath, ChangeRecord.historyPath, "changes/index.html"] {
            #expect(!FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent(path).path))
        }
        #expect(try !scratch.file("index.html").contains("/sub/changes/"))

        scratch.build(on: "2026-11-23")
        let history = try scratch.file(ChangeRecord.historyPath)
        let refused = scratch.build(on: "2026-11-24", record: false)
        #expect(!refused.published)
        #expect(refused.diagnostics.map(\.code) == ["GS6012"])
        #expect(try scratch.file(ChangeRecord.historyPath) == history)
    }

    @Test func anUnreadableHistoryStopsTheBuild() throws {
        let scratch = try Scratch()
        scratch.build(on: "2026-11-23")
        let history = scratch.output.appendingPathComponent(ChangeRecord.historyPath)
        try Data("{\"since\": \"yesterday\"".utf8).write(to: history)
        try scratch.edit([("open: \"10:30\"", "open: \"10:45\"")])
        let report = scratch.build(on: "2026-11-24")
        #expect(!report.published)
        #expect(report.diagnostics.map(\.code) == ["GS6011"])
        #expect(report.diagnostics.first?.location.path == "public/changes/history.json")
        #expect(try scratch.file(ChangeRecord.historyPath) == "{\"since\": \"yesterday\"")
    }
}
