import Foundation
import Testing

/// Feed entries keep their date while what they say stays the same, so a weekly build does
/// not announce every notice anew; an edit dates the edited entry with the build's day.
@Suite struct FeedDateTests {
    /// `id` → `date_modified` of a JSON Feed.
    static func dates(_ output: URL, _ feed: String) throws -> [String: String] {
        let data = try Data(contentsOf: output.appendingPathComponent(feed))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as! String, $0["date_modified"] as! String) })
    }

    static func build(_ site: URL, _ output: URL, asOf: String) throws {
        let run = try Gongshi.run(["build", "--site", site.path, "--as-of", asOf, "--output", output.path])
        #expect(run.status == 0, "\(run.output)\(run.error)")
    }

    @Test func anUnchangedNoticeKeepsItsDateAndAnEditedOneTakesTheBuildsDay() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-feeds-\(UUID().uuidString)")
        let site = root.appendingPathComponent("site")
        let output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture), to: site)
        let notice = "https://example.org/sub/volunteer/haircut/"

        try Self.build(site, output, asOf: "2026-11-23")
        #expect(try Self.dates(output, "volunteer/feed.json") == [notice: "2026-11-23T00:00:00+08:00"])
        try Self.build(site, output, asOf: "2026-11-24")
        #expect(try Self.dates(output, "volunteer/feed.json") == [notice: "2026-11-23T00:00:00+08:00"])
        // A past week's bulletin is dated by its Sunday, whatever the build's day.
        let lastWeek = "https://example.org/sub/bulletins/2026-W47/"
        #expect(try Self.dates(output, "bulletins/feed.json")[lastWeek] == "2026-11-22T00:00:00+08:00")

        let activities = site.appendingPathComponent("content/activities/activities.yaml")
        let text = try String(contentsOf: activities, encoding: .utf8)
        try text.replacingOccurrences(of: "registered: 1", with: "registered: 2")
            .write(to: activities, atomically: true, encoding: .utf8)
        try Self.build(site, output, asOf: "2026-11-24")
        #expect(try Self.dates(output, "volunteer/feed.json") == [notice: "2026-11-24T00:00:00+08:00"])
    }

    /// A notice's own `updated` is its date, previous publication or not.
    @Test func aNoticesUpdatedFieldIsItsDate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-feeds-\(UUID().uuidString)")
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture), to: site)
        let activities = site.appendingPathComponent("content/activities/activities.yaml")
        try (String(contentsOf: activities, encoding: .utf8) + "  updated: 2026-11-10\n")
            .write(to: activities, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("public")
        try Self.build(site, output, asOf: "2026-11-24")
        #expect(
            try Self.dates(output, "volunteer/feed.json") == [
                "https://example.org/sub/volunteer/haircut/": "2026-11-10T00:00:00+08:00"
            ])
    }
}
