import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// The repository's sample site (content/ at the top of the repo): it checks clean and
/// looks like Zhuji.
@Suite struct SampleSiteTests {
    /// The folder holding the repo's content/: two levels above Tests/Fixtures/.
    static let siteDirectory = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!

    /// Checked once for all the tests below.
    static let checked = SiteCheck.run(siteDirectory: siteDirectory, asOf: asOf)

    var result: SiteCheck.Result { Self.checked }

    @Test func theSampleSiteChecksClean() {
        #expect(result.diagnostics == [])
        #expect(result.site != nil)
    }

    @Test func zhujiHas25TownsAndSubdistricts() throws {
        let site = try #require(result.site)
        #expect(site.root.kind == .city)
        #expect(site.towns.count == 25)
    }

    @Test func thereIsACityCentre() throws {
        let site = try #require(result.site)
        let centres = site.points.filter { $0.kind == .cityCentre }
        #expect(centres.count == 1)
        #expect(centres.first?.town == nil || centres.first?.town?.kind.isTownLevel == true)
    }

    @Test func thereAreEnoughCoursesAndActivities() throws {
        let site = try #require(result.site)
        #expect(site.courses.count >= 30)
        #expect(site.activities.count >= 100)
    }

    @Test func everyOperatingCanteenHasAnOpeningDate() throws {
        let site = try #require(result.site)
        let operating = site.points.filter { $0.kind == .canteen && $0.status == .operating }
        #expect(!operating.isEmpty)
        #expect(operating.filter { $0.opened == nil }.map(\.id) == [])
        #expect(operating.filter { $0.opened! > Self.asOf }.map(\.id) == [])
    }

    @Test func everyTownHasAPoint() throws {
        let site = try #require(result.site)
        #expect(site.towns.filter { site.points(inTown: $0.id).isEmpty }.map(\.id) == [])
    }

    @Test func theTimetableOfTheAsOfWeekIsNotEmpty() throws {
        let site = try #require(result.site)
        #expect(!site.sessions(in: ISOWeek(containing: Self.asOf)).isEmpty)
    }
}
