import Foundation
import GongshiLoad
import GongshiModel
import Testing

@testable import GongshiReports

/// The report figures on two small fixture sites whose every figure was worked out by hand
/// from the files (see the comments in them), as of 2026-11-23:
///
/// `Tests/Fixtures/reports-city`: 测试市 with 东镇 (甲村 e1, 乙村 e2, 丙村 e3, 东社区 ec),
/// 西街道 (丁村 w1, 戊社区 w2) and 北乡 (己村 n1, 庚村 n2); stale after 100 days, so the
/// cutoff is 2026-08-15. Points, in file order:
///
/// | id | kind | town | status | opened | serves | operation / operator | updated |
/// |---|---|---|---|---|---|---|---|
/// | c-east | canteen | 东镇 | operating | 2025-03-01 | e1 e2 w1 | public-private / leling | 2026-11-01 |
/// | c-west-closed | canteen | 西街道 | closed | 2024-01-10 | w2 | village-association | 2026-08-15 |
/// | c-east-build | canteen | 东镇 | construction | – | e3 | – | 2026-08-14 |
/// | c-west-plan | canteen | 西街道 | planned | – | w2 | – | – |
/// | c-east-future | canteen | 东镇 | operating | 2026-12-01 | ec | – | 2026-10-01 |
/// | mp-north | meal-point | 北乡 | operating | 2026-01-05 | n1 n2 | village-association / n-lxh | 2026-09-30 |
/// | c-east-suspended | canteen | 东镇 | suspended | 2023-05-01 | e2 | – | 2025-12-01 |
/// | tc-east | town-centre | 东镇 | operating | 2019-06-01 | – | public-private / leling | – |
/// | city-centre | city-centre | (city) | operating | 2021-09-01 | – | – / – | 2026-11-20 |
/// | vc-west | village-centre | 西街道 | operating | 2025-03-15 | – | village-association / w-lxh | 2026-06-01 |
///
/// `Tests/Fixtures/reports-activities`: canteens ca (operating since 2025), cb (opened
/// 2026-10-15), cc (closed) and the town centre tc; activities in September, October and
/// December, none in November; target 2 a month. Term t1 (2026-09-07 to 09-27, 09-15
/// closed) with four courses, term t2 with none.
@Suite struct ReportFiguresTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!

    static func site(_ fixture: String) throws -> Site {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/" + fixture)
        let checked = SiteCheck.run(siteDirectory: url, asOf: asOf)
        return try #require(checked.site, "\(checked.diagnostics)")
    }

    // MARK: Coverage

    @Test func coverageCountsOperatingCanteensByTheVillagesOwnTown() throws {
        let figures = CoverageFigures(try Self.site("reports-city"), asOf: Self.asOf)
        // Only c-east counts: it serves e1, e2 (东镇) and w1 (西街道).
        #expect(figures.city.villages.count == 8)
        #expect(figures.city.served == 3)
        #expect(figures.city.share.percentText == "37.5%")
        #expect(figures.city.operatingCanteens == 1)
        #expect(figures.target == 0.4)
        #expect(figures.meetsTarget(figures.city) == false)
        let towns = Dictionary(uniqueKeysWithValues: figures.towns.map { ($0.region.id, $0) })
        #expect(figures.towns.map(\.region.id) == ["east", "west", "north"])
        // 东镇: e1, e2 served by c-east; e3 (construction) and ec (opens 2026-12-01) not yet.
        #expect(towns["east"]!.served == 2)
        #expect(towns["east"]!.villages.count == 4)
        #expect(towns["east"]!.share.percentText == "50.0%")
        #expect(towns["east"]!.unserved.map(\.id) == ["e3", "ec"])
        #expect(towns["east"]!.operatingCanteens == 1)
        // 西街道: w1 through 东镇's canteen; w2's canteen is closed. No canteen of its own operates.
        #expect(towns["west"]!.served == 1)
        #expect(towns["west"]!.share.percentText == "50.0%")
        #expect(towns["west"]!.unserved.map(\.id) == ["w2"])
        #expect(towns["west"]!.operatingCanteens == 0)
        #expect(figures.meetsTarget(towns["west"]!) == true)
        // 北乡 has only a meal point: 0 of 2.
        #expect(towns["north"]!.served == 0)
        #expect(towns["north"]!.share.percentText == "0.0%")
        #expect(towns["north"]!.unserved.map(\.id) == ["n1", "n2"])
        #expect(figures.meetsTarget(towns["north"]!) == false)
    }

    @Test func projectionAddsCanteensOnTheWayButNotClosedOrSuspendedOnes() throws {
        let figures = CoverageFigures(try Self.site("reports-city"), asOf: Self.asOf)
        // + e3 (construction), ec (operating from 2026-12-01), w2 (planned); e2's suspended
        // canteen and w2's closed one add nothing new.
        #expect(figures.city.projected == 6)
        #expect(figures.city.projectedShare.percentText == "75.0%")
        #expect(figures.towns.map(\.projected) == [4, 2, 0])
    }

    @Test func coverageOnTheDayACanteenOpens() throws {
        let site = try Self.site("reports-city")
        let before = CoverageFigures(site, asOf: LocalDate(year: 2026, month: 11, day: 30)!)
        let after = CoverageFigures(site, asOf: LocalDate(year: 2026, month: 12, day: 1)!)
        #expect(before.city.served == 3)
        #expect(after.city.served == 4)
        #expect(after.city.share.percentText == "50.0%")
        #expect(after.city.operatingCanteens == 2)
    }

    // MARK: Construction

    @Test func constructionCountsEveryPointByTownKindAndStatus() throws {
        let figures = ConstructionFigures(try Self.site("reports-city"), asOf: Self.asOf)
        #expect(figures.towns.map { $0.town?.id } == ["east", "west", "north", nil])
        let east = figures.towns[0].tally
        #expect(east[.canteen, .operating] == 2)  // c-east and c-east-future
        #expect(east[.canteen, .construction] == 1)
        #expect(east[.canteen, .suspended] == 1)
        #expect(east[.townCentre, .operating] == 1)
        #expect(east.total == 5)
        let west = figures.towns[1].tally
        #expect(west[.canteen, .closed] == 1)
        #expect(west[.canteen, .planned] == 1)
        #expect(west[.villageCentre, .operating] == 1)
        #expect(west.total == 3)
        #expect(figures.towns[2].tally[.mealPoint, .operating] == 1)
        #expect(figures.towns[2].tally.total(.canteen) == 0)
        #expect(figures.towns[3].tally[.cityCentre, .operating] == 1)
        #expect(figures.city.total(.canteen) == 6)
        #expect(figures.city.total == 10)
    }

    @Test func openingsPerYearUpToTheDayWithEmptyYears() throws {
        let figures = ConstructionFigures(try Self.site("reports-city"), asOf: Self.asOf)
        // 2019 tc-east; 2021 city-centre; 2023 c-east-suspended; 2024 c-west-closed;
        // 2025 c-east and vc-west; 2026 mp-north (c-east-future opens after the day).
        #expect(figures.years.map(\.year) == Array(2019...2026))
        #expect(figures.years.map(\.total) == [1, 0, 1, 0, 1, 1, 2, 1])
        #expect(figures.years[6].byKind == [.canteen: 1, .villageCentre: 1])
    }

    // MARK: Operators

    @Test func operatorsRunTheirOperatingPointsMostFirst() throws {
        let figures = OperatorFigures(try Self.site("reports-city"), asOf: Self.asOf)
        // Operating on the day: c-east, mp-north, tc-east, city-centre, vc-west.
        #expect(figures.rows.map(\.operatorRecord.id) == ["leling", "w-lxh", "n-lxh", "idle"])
        #expect(figures.rows.map(\.points.count) == [2, 1, 1, 0])
        #expect(figures.rows[0].count(.canteen) == 1)
        #expect(figures.rows[0].count(.townCentre) == 1)
        #expect(figures.all.total == 5)
        #expect(figures.all.share(.publicPrivate).percentText == "40.0%")
        #expect(figures.all.share(.villageAssociation).percentText == "40.0%")
        #expect(figures.all.share(nil).percentText == "20.0%")
        #expect(figures.all.share(.public).percentText == "0.0%")
        #expect(figures.canteens.total == 1)
        #expect(figures.canteens.share(.publicPrivate).percentText == "100.0%")
        #expect(figures.canteens.share(.villageAssociation).percentText == "0.0%")
        #expect(figures.withoutOperator == 1)
    }

    // MARK: Freshness

    @Test func freshnessSplitsCurrentStaleAndMissingAtTheCutoff() throws {
        let figures = FreshnessFigures(try Self.site("reports-city"), asOf: Self.asOf)
        #expect(figures.cutoff == LocalDate(year: 2026, month: 8, day: 15)!)
        #expect(figures.all == FreshnessFigures.Tally(current: 5, stale: 3, missing: 2))
        #expect(figures.all.share.percentText == "50.0%")
        let kinds = Dictionary(uniqueKeysWithValues: figures.kinds.map { ($0.kind, $0.tally) })
        #expect(kinds[.canteen] == FreshnessFigures.Tally(current: 3, stale: 2, missing: 1))
        #expect(kinds[.townCentre] == FreshnessFigures.Tally(current: 0, stale: 0, missing: 1))
        #expect(kinds[.villageCentre] == FreshnessFigures.Tally(current: 0, stale: 1, missing: 0))
        #expect(figures.towns.map { $0.town?.id } == ["east", "west", "north", nil])
        #expect(figures.towns[0].tally == FreshnessFigures.Tally(current: 2, stale: 2, missing: 1))
        #expect(figures.towns[0].tally.share.percentText == "40.0%")
        #expect(figures.towns[0].outdated.map(\.id) == ["c-east-build", "c-east-suspended", "tc-east"])
        #expect(figures.towns[1].tally.share.percentText == "33.3%")
        #expect(figures.towns[1].outdated.map(\.id) == ["c-west-plan", "vc-west"])
        #expect(figures.towns[2].outdated.isEmpty)
    }

    // MARK: Volunteer commitment

    @Test func volunteerMonthsSpanTheDataAndCountCanteensOpenOnTheFirst() throws {
        let figures = VolunteerFigures(try Self.site("reports-activities"), asOf: Self.asOf)
        #expect(figures.target == 2)
        #expect(figures.months.map(\.month.description) == ["2026-09", "2026-10", "2026-11", "2026-12"])
        func counts(_ i: Int) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: figures.months[i].canteens.map { ($0.point.id, $0.activities) })
        }
        // September: ca only (cb opens 10-15, cc is closed); s2 starts on 09-30 and counts here.
        #expect(counts(0) == ["ca": 2])
        #expect(figures.share(figures.months[0]).percentText == "100.0%")
        // October: cb opened mid-month, not measured; ca's cancelled activity left out.
        #expect(counts(1) == ["ca": 1])
        #expect(figures.months[1].activities == 1)
        #expect(figures.share(figures.months[1]).percentText == "0.0%")
        // November: no activities at all, both canteens at zero.
        #expect(counts(2) == ["ca": 0, "cb": 0])
        #expect(figures.share(figures.months[2]) == Share(0, of: 2))
        // December: ca 2, cb 3; cc's activity counts nowhere.
        #expect(counts(3) == ["ca": 2, "cb": 3])
        #expect(figures.months[3].activities == 5)
        #expect(figures.share(figures.months[3]).percentText == "100.0%")
        #expect(figures.current?.month.description == "2026-11")
    }

    // MARK: Senior university

    @Test func universityTotalsByCategoryAndVenue() throws {
        let figures = UniversityFigures(try Self.site("reports-activities"), asOf: Self.asOf)
        #expect(figures.terms.map(\.term.id) == ["t1", "t2"])
        let t1 = figures.terms[0]
        #expect(
            t1.total == UniversityFigures.Tally(courses: 4, sessions: 12, seats: 60, enrolled: 45, withoutCapacity: 1))
        #expect(t1.categories.map(\.category) == ["书法", "太极", nil])
        #expect(
            t1.categories.map(\.tally) == [
                UniversityFigures.Tally(courses: 2, sessions: 7, seats: 30, enrolled: 28),
                UniversityFigures.Tally(courses: 1, sessions: 2, seats: 30, enrolled: 12),
                UniversityFigures.Tally(courses: 1, sessions: 3, seats: 0, enrolled: 5, withoutCapacity: 1),
            ])
        #expect(t1.venues.map(\.venue.id) == ["tc", "ca"])
        #expect(
            t1.venues.map(\.tally) == [
                UniversityFigures.Tally(courses: 3, sessions: 7, seats: 50, enrolled: 35, withoutCapacity: 1),
                UniversityFigures.Tally(courses: 1, sessions: 5, seats: 10, enrolled: 10),
            ])
        #expect(figures.terms[1].total == UniversityFigures.Tally())
        #expect(figures.current?.term.id == "t1")
    }

    // MARK: Numbers

    @Test func sharesRoundHalfUpWithIntegers() {
        #expect(Share(241, of: 499).percentText == "48.3%")
        #expect(Share(1, of: 8).percentText == "12.5%")
        #expect(Share(1, of: 16).percentText == "6.3%")  // 6.25 rounds up
        #expect(Share(2, of: 3).percentText == "66.7%")
        #expect(Share(0, of: 0).percentText == nil)
        #expect(Share(241, of: 499).json == .number("0.4830"))
        #expect(Share(1, of: 3).json == .number("0.3333"))
        #expect(Share(2, of: 5).reaches(0.4))
        #expect(!Share(1, of: 3).reaches(0.4))
        #expect(Fixed.percent(0.4) == "40%")
        #expect(Fixed.percent(0.375) == "37.5%")
        #expect(Fixed.text(-1.25, decimals: 1) == "-1.3")
        #expect(Fixed.text(3, decimals: 1) == "3.0")
    }
}
