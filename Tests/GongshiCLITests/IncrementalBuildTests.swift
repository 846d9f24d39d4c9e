import Foundation
import Testing

/// A build after an edit renders only what the edit touches, and its output is exactly what a
/// build from scratch gives; a build after no edit touches nothing.
@Suite struct IncrementalBuildTests {
    /// A second points file, so that an edit there leaves the first file's pages alone.
    static let morePoints = """
        - id: canteen-b
          kind: canteen
          name: 乙村爱心食堂
          region: east-a
          address: 甲村5号
          status: operating
          opened: 2024-05-01

        """

    /// A copy of the small fixture site (with `morePoints`) and its first build.
    static func builtCopy() throws -> (site: URL, output: URL) {
        let root = try BuildCommandTests.scratch()
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture), to: site)
        try morePoints.write(
            to: site.appendingPathComponent("content/points/more.yaml"), atomically: true, encoding: .utf8)
        let output = site.appendingPathComponent("public")
        let first = try BuildCommandTests.build(output, site: site.path, options: ["--no-record"])
        #expect(first.status == 0, "\(first.output)")
        return (site, output)
    }

    static func edit(_ site: URL, _ file: String, replacing old: String, with new: String) throws {
        let url = site.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The site built again into `output` equals a build of the same site into a new folder.
    /// Both are built without the record of changes, which only a folder built before can
    /// have (`ChangeRecordTests` covers it, and the manifest after an incremental build).
    static func expectSameAsFreshBuild(_ site: URL, _ output: URL) throws -> Gongshi.Run {
        let again = try Gongshi.run([
            "build", "--site", site.path, "--as-of", "2026-11-23", "--output", output.path, "--verbose", "--no-record",
        ])
        #expect(again.status == 0, "\(again.output)")
        let fresh = try BuildCommandTests.scratch().appendingPathComponent("public")
        #expect(try BuildCommandTests.build(fresh, site: site.path, options: ["--no-record"]).status == 0)
        #expect(try BuildCommandTests.tree(output) == BuildCommandTests.tree(fresh))
        return again
    }

    /// "rendered 12 of 80 files" → (12, 80).
    static func rendered(_ run: Gongshi.Run) -> (Int, Int)? {
        guard let line = run.lines.first(where: { $0.hasPrefix("  rendered ") }) else { return nil }
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    @Test func anEditedPointRendersOnlyWhatShowsIt() throws {
        let (site, output) = try Self.builtCopy()
        let untouched = output.appendingPathComponent("points/canteen-a/index.html").path
        let before =
            try FileManager.default.attributesOfItem(atPath: untouched)[FileAttributeKey.systemFileNumber] as? Int
        try Self.edit(site, "content/points/more.yaml", replacing: "address: 甲村5号", with: "address: 甲村6号")
        let run = try Self.expectSameAsFreshBuild(site, output)
        let (rendered, total) = try #require(Self.rendered(run))
        #expect(rendered < total)
        #expect(
            try FileManager.default.attributesOfItem(atPath: untouched)[FileAttributeKey.systemFileNumber] as? Int
                == before)
        #expect(
            try String(contentsOf: output.appendingPathComponent("points/canteen-b/index.html"), encoding: .utf8)
                .contains("甲村6号"))
    }

    @Test func anActivityMovedToAnotherPointLeavesTheFirstAndReachesTheSecond() throws {
        let (site, output) = try Self.builtCopy()
        try Self.edit(
            site, "content/activities/activities.yaml", replacing: "venue: canteen-a\n  start: \"2026-11-25 09:00\"",
            with: "venue: tc-east\n  start: \"2026-11-25 09:00\"")
        _ = try Self.expectSameAsFreshBuild(site, output)
    }

    @Test func nothingChangedWritesNothing() throws {
        let (site, output) = try Self.builtCopy()
        let page = output.appendingPathComponent("canteens/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        let again = try BuildCommandTests.build(output, site: site.path, options: ["--no-record"])
        #expect(again.status == 0)
        #expect(again.lines.last?.hasSuffix("nothing changed") == true, "\(again.output)")
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date == before)
    }

    @Test func aPublishedFileChangedByHandIsRenderedAgain() throws {
        let (site, output) = try Self.builtCopy()
        let page = output.appendingPathComponent("points/tc-east/index.html")
        let original = try Data(contentsOf: page)
        try Data("changed on the server".utf8).write(to: page)
        try Self.edit(site, "content/points/points.yaml", replacing: "address: 甲村1号", with: "address: 甲村9号")
        _ = try Self.expectSameAsFreshBuild(site, output)
        #expect(try Data(contentsOf: page) == original)
    }
}
