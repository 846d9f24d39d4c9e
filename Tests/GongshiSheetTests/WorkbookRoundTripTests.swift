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

    /// Regions and operators sheets read as rows by the workbook reader: every row is the
    /// region or operator it was written from (a region's postal code its own or its parent's).
    @Test func regionAndOperatorRowsHoldTheirRecords() throws {
        let folder = try SampleSite.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("数据.xlsx").path
        try WorkbookWriter.write(RecordSheets.workbook(Self.site, .init(kinds: [.regions, .operators])), to: path)
        let (records, problems) = XLSXReader.parse(
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        #expect(problems == [])
        func fields(_ record: ContentValue) -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: (record.entries ?? []).compactMap { e in e.value.text.map { (e.key, $0) } })
        }
        var regions: [Region] = []
        for row in records.filter({ $0.location.sheet == "区域" }).map(fields) {
            let parent = row["parent"].flatMap { id in regions.first { $0.id == id } }
            regions.append(
                Region(
                    id: row["id"] ?? "", name: row["name"] ?? "",
                    kind: try #require(RegionKind(word: row["kind"] ?? "")),
                    parentID: row["parent"], location: .file(path), postalCode: row["postal_code"] ?? parent?.postalCode
                ))
        }
        #expect(regions.map(withoutPlaces) == Self.site.regions.all.map(withoutPlaces))
        let operators = try records.filter { $0.location.sheet == "运营方" }.map(fields).map { row in
            Operator(
                id: row["id"] ?? "", name: row["name"] ?? "", kind: try #require(OperatorKind(word: row["kind"] ?? "")),
                phone: row["phone"], website: row["website"], description: row["description"], location: .file(path))
        }
        #expect(operators.map(withoutPlaces) == Self.site.operators.map(withoutPlaces))
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
