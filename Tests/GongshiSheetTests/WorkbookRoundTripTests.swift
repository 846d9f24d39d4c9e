import Foundation
import GongshiLoad
import GongshiModel
import Testing

@testable import GongshiSheet

/// The sample site's records written as a workbook and read back by the project's own
/// loader are the records they were made from.
@Suite struct WorkbookRoundTripTests {
    static let site = SampleSite.checked.site!

    /// `kind`'s records written into a copy of the site in place of its files there, and the
    /// copy checked as `gongshi check` would.
    func readBack(_ kind: SheetKind, byTown: Bool = false) throws -> Site {
        let copy = try SampleSite.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let folder = copy.appendingPathComponent("content/\(kind.rawValue)")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        let book = RecordSheets.workbook(Self.site, .init(kinds: [kind], pointsByTown: byTown))
        try WorkbookWriter.write(book, to: folder.appendingPathComponent("数据.xlsx").path)
        let checked = SiteCheck.run(siteDirectory: copy, asOf: SampleSite.asOf)
        #expect(checked.diagnostics == [])
        return try #require(checked.site)
    }

    @Test(arguments: [false, true]) func pointsReadBackTheSame(byTown: Bool) throws {
        let back = try readBack(.points, byTown: byTown)
        #expect(back.points.map(\.id).sorted() == Self.site.points.map(\.id).sorted())
        for point in Self.site.points {
            #expect(withoutPlaces(back.point(point.id)?.record as Any) == withoutPlaces(point.record as Any))
        }
    }

    @Test func coursesReadBackTheSame() throws {
        let back = try readBack(.courses)
        #expect(back.courses.map { withoutPlaces($0.record) } == Self.site.courses.map { withoutPlaces($0.record) })
    }

    @Test func activitiesReadBackTheSame() throws {
        let back = try readBack(.activities)
        #expect(
            back.activities.map { withoutPlaces($0.record) } == Self.site.activities.map { withoutPlaces($0.record) })
    }

    /// The comparison above sees a changed field: a record read back with another name differs.
    @Test func theComparisonSeesADifference() throws {
        var record = try #require(Self.site.points.first).record
        let original = withoutPlaces(record)
        record.source = SourceLocation(path: "elsewhere", line: 9)
        #expect(withoutPlaces(record) == original)
        record.name += "（新）"
        #expect(withoutPlaces(record) != original)
    }

    /// The whole workbook in content/ in place of every file of records it was made from:
    /// regions, operators, points, courses and activities all read back the same.
    @Test(arguments: [false, true]) func theWholeWorkbookReadsBackTheSame(byTown: Bool) throws {
        let copy = try SampleSite.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let content = copy.appendingPathComponent("content")
        for file in ["regions.yaml", "operators.yaml"] {
            try FileManager.default.removeItem(at: content.appendingPathComponent(file))
        }
        for kind in [SheetKind.points, .courses, .activities] {
            try FileManager.default.removeItem(at: content.appendingPathComponent(kind.rawValue))
        }
        let book = RecordSheets.workbook(Self.site, .init(pointsByTown: byTown))
        try WorkbookWriter.write(book, to: content.appendingPathComponent("数据.xlsx").path)
        let checked = SiteCheck.run(siteDirectory: copy, asOf: SampleSite.asOf)
        #expect(checked.diagnostics == [])
        let back = try #require(checked.site)
        #expect(back.regions.all.map(withoutPlaces) == Self.site.regions.all.map(withoutPlaces))
        #expect(back.operators.map(withoutPlaces) == Self.site.operators.map(withoutPlaces))
        #expect(
            back.points.map { withoutPlaces($0.record) }.sorted()
                == Self.site.points.map { withoutPlaces($0.record) }.sorted())
        #expect(back.courses.map { withoutPlaces($0.record) } == Self.site.courses.map { withoutPlaces($0.record) })
        #expect(
            back.activities.map { withoutPlaces($0.record) } == Self.site.activities.map { withoutPlaces($0.record) })
    }

    /// The same records give the same bytes, whenever they are written.
    @Test func sameRecordsSameBytes() throws {
        let folder = try SampleSite.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = RecordSheets.workbook(Self.site)
        let first = folder.appendingPathComponent("a.xlsx")
        let second = folder.appendingPathComponent("b.xlsx")
        try WorkbookWriter.write(book, to: first.path)
        Thread.sleep(forTimeInterval: 2.1)  // past the two-second steps of ZIP times
        try WorkbookWriter.write(book, to: second.path)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }
}
