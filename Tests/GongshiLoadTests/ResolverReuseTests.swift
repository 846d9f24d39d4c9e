import GongshiLoad
import GongshiModel
import Testing

/// The preview resolves a site after an edit of record files by taking over the records of
/// the unchanged files from the last site (`EarlierResolution`): the result must be the site a
/// resolve from scratch gives, down to the venues the courses and activities of an edited
/// point see.
@Suite struct ResolverReuseTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!
    static let files = SiteLoader.scan(siteDirectory: SampleSiteTests.siteDirectory).0

    /// The sample site with `edit` applied to the text of one file.
    static func edited(_ path: String, _ edit: (String) -> String) -> [ContentFile] {
        files.map { file in
            guard file.path == path else { return file }
            return ContentFile(path: path, bytes: Array(edit(String(decoding: file.bytes, as: UTF8.self)).utf8))
        }
    }

    static func resolve(_ files: [ContentFile], earlier: EarlierResolution? = nil) throws -> Site {
        let (loaded, problems) = SiteLoader.parse(files: files)
        let result = SiteCheck.check(loaded, loadProblems: problems, asOf: asOf, earlier: earlier)
        #expect(result.diagnostics.errorCount == 0)
        return try #require(result.site)
    }

    /// Every fact the pages read of the records, the venues' among them.
    static func expectSame(_ reused: Site, _ fresh: Site) {
        #expect(reused.points.map(\.record) == fresh.points.map(\.record))
        #expect(reused.points.map { $0.town?.id } == fresh.points.map { $0.town?.id })
        #expect(reused.courses.map(\.record) == fresh.courses.map(\.record))
        #expect(reused.courses.map(\.venue.record) == fresh.courses.map(\.venue.record))
        #expect(reused.courses.map(\.daysOff) == fresh.courses.map(\.daysOff))
        #expect(reused.activities.map(\.record) == fresh.activities.map(\.record))
        #expect(reused.activities.map(\.venue.record) == fresh.activities.map(\.venue.record))
        for point in fresh.points {
            #expect(reused.activities(at: point.id).map(\.id) == fresh.activities(at: point.id).map(\.id))
            #expect(reused.courses(at: point.id).map(\.id) == fresh.courses(at: point.id).map(\.id))
        }
    }

    @Test func editedPointsAreSeenByWhatIsHeldThere() throws {
        let before = try Self.resolve(Self.files)
        let path = "content/points/fengqiao.yaml"
        let files = Self.edited(path) { $0.replacing("  address: ", with: "  address: 新") }
        let reused = try Self.resolve(files, earlier: EarlierResolution(site: before, changedFiles: [path]))
        Self.expectSame(reused, try Self.resolve(files))
        let courses = reused.courses(at: "tc-fengqiao")
        let activities = reused.activities(at: "canteen-fengqiao-quantang")
        #expect(!courses.isEmpty && !activities.isEmpty)
        #expect(courses.allSatisfy { $0.venue.address.hasPrefix("新") })
        #expect(activities.allSatisfy { $0.venue.address.hasPrefix("新") })
        // Records of unchanged files are the same either way.
        #expect(reused.point("tc-anhua")?.record == before.point("tc-anhua")?.record)
    }

    @Test func anActivityMovedToAnotherFileAndOneRemovedResolveAsFromScratch() throws {
        let before = try Self.resolve(Self.files)
        let from = "content/activities/2026-11.yaml"
        let to = "content/activities/2026-12.yaml"
        let text = String(decoding: try #require(Self.files.first { $0.path == from }).bytes, as: UTF8.self)
        // The file's first record, taken out of it and added at the end of the next month's.
        let records = text.components(separatedBy: "\n- ")
        let first = try #require(records.first)
        let rest = "- " + records.dropFirst().joined(separator: "\n- ")
        var files = Self.edited(from) { _ in rest }
        files = files.map { file in
            guard file.path == to else { return file }
            return ContentFile(path: to, bytes: file.bytes + Array(("\n" + first + "\n").utf8))
        }
        let changed: Set<String> = [from, to]
        let reused = try Self.resolve(files, earlier: EarlierResolution(site: before, changedFiles: changed))
        Self.expectSame(reused, try Self.resolve(files))
    }

    /// Settings, regions and operators change what every record resolves to: nothing is taken over.
    @Test func anEditOfAnythingButRecordsResolvesAnew() throws {
        let before = try Self.resolve(Self.files)
        let path = "content/operators.yaml"
        let text = String(decoding: try #require(Self.files.first { $0.path == path }).bytes, as: UTF8.self)
        let name = try #require(text.split(separator: "\n").first { $0.contains("name:") })
        let files = Self.edited(path) { $0.replacing(name, with: name + "（新）", maxReplacements: 1) }
        let reused = try Self.resolve(files, earlier: EarlierResolution(site: before, changedFiles: [path]))
        let fresh = try Self.resolve(files)
        Self.expectSame(reused, fresh)
        #expect(reused.points.map { $0.operator?.name } == fresh.points.map { $0.operator?.name })
        #expect(reused.points.contains { $0.operator?.name.hasSuffix("（新）") == true })
    }
}
