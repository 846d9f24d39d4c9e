import GongshiLoad
import GongshiModel
import Testing

/// The resolved model of Tests/Fixtures/resolved/, a small valid site: a city with a town
/// (east: villages east-a, east-b) and a subdistrict (west: communities west-c, west-d);
/// a city centre, a town centre, three canteens (one under construction, one serving the
/// whole of west); one course with closures and an except date; activities in every status.
@Suite struct ResolvedSiteTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!
    let site: Site

    init() throws {
        let result = Fixtures.check("resolved", asOf: Self.asOf)
        #expect(result.diagnostics == [])
        site = try #require(result.site)
    }

    func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }
    func time(_ hour: Int, _ minute: Int) -> LocalTime { LocalTime(hour: hour, minute: minute)! }
    func week(_ number: Int) -> ISOWeek { ISOWeek(year: 2026, week: number)! }

    @Test func everyRecordResolves() {
        #expect(site.root.id == "city")
        #expect(site.towns.map(\.id) == ["east", "west"])
        #expect(site.points.map(\.id) == ["canteen-a", "canteen-b", "canteen-west", "city-centre", "tc-east"])
        #expect(site.courses.map(\.id) == ["taiji"])
        #expect(site.activities.count == 8)
    }

    @Test func aPointsReferencesAreObjects() throws {
        let canteen = try #require(site.point("canteen-a"))
        #expect(canteen.region.id == "east-a")
        #expect(canteen.region.name == "甲村")
        #expect(canteen.town?.id == "east")
        #expect(canteen.town?.name == "东镇")
        #expect(canteen.operator?.id == "op-east")
        #expect(canteen.operator?.name == "东镇康养服务公司")
        #expect(canteen.operator?.phone == "0575-87012345")
        #expect(site.point("canteen-b")?.operator == nil)
    }

    /// A town centre's town is its own region; the city centre stands in no town.
    @Test func theTownOfAPointAtTownOrCityLevel() {
        #expect(site.point("tc-east")?.town?.id == "east")
        #expect(site.point("city-centre")?.region.id == "city")
        #expect(site.point("city-centre")?.town == nil)
    }

    @Test func servesDefaultsToThePointsOwnVillage() throws {
        let canteen = try #require(site.point("canteen-a"))
        #expect(canteen.serves.map(\.id) == ["east-a"])
        #expect(canteen.servedVillages.map(\.id) == ["east-a"])
    }

    @Test func aTownInServesCountsAllItsVillages() throws {
        let canteen = try #require(site.point("canteen-west"))
        #expect(canteen.serves.map(\.id) == ["west"])
        #expect(canteen.servedVillages.map(\.id) == ["west-c", "west-d"])
    }

    /// SPEC §4: `serves` defaults to `[region]`, whatever level the region is.
    @Test
    func servesDefaultsToTheRegionAtTownLevelToo() throws {
        let centre = try #require(site.point("tc-east"))
        #expect(centre.serves.map(\.id) == ["east"])
        #expect(centre.servedVillages.map(\.id) == ["east-a", "east-b"])
    }

    /// Operating canteens only: canteen-b is under construction, tc-east is not a canteen.
    @Test func villagesServedByOperatingCanteens() {
        #expect(
            site.villagesServedByOperatingCanteens.mapValues { $0.map(\.id) } == [
                "canteen-a": ["east-a"],
                "canteen-west": ["west-c", "west-d"],
            ])
    }

    @Test func pointsInATown() {
        #expect(site.points(inTown: "east").map(\.id) == ["canteen-a", "canteen-b", "tc-east"])
        #expect(site.points(inTown: "west").map(\.id) == ["canteen-west"])
        #expect(site.points(inTown: "city").map(\.id) == [])
    }

    @Test func aCourseReferencesAreObjects() throws {
        let course = try #require(site.course("taiji"))
        #expect(course.venue.id == "tc-east")
        #expect(course.venue.town?.id == "east")
        #expect(course.term.id == "t1")
        #expect(course.dates == DateRange(first: day(9, 15), last: day(12, 20)))
        #expect(site.courses(at: "tc-east").map(\.id) == ["taiji"])
    }

    /// taiji meets tue 09:00 and thu 14:00 from 09-15 until 12-20, except 11-24; the site
    /// closes 10-01..10-07.
    @Test(arguments: [
        (37, [(Int, Int, Int)]()),  // before `from`
        (38, [(9, 15, 9), (9, 17, 14)]),  // `from` is the Tuesday
        (40, [(9, 29, 9)]),  // Thursday 10-01 is a closure
        (41, [(10, 8, 14)]),  // Tuesday 10-06 is a closure
        (48, [(11, 26, 14)]),  // Tuesday 11-24 is an except date
        (51, [(12, 15, 9), (12, 17, 14)]),  // `until` is the Sunday
        (52, []),  // after `until`
    ])
    func sessionsInAWeek(weekNumber: Int, expected: [(Int, Int, Int)]) throws {
        let course = try #require(site.course("taiji"))
        let sessions = expected.map { month, dayOfMonth, hour in
            CourseSession(
                courseID: "taiji", date: day(month, dayOfMonth), start: time(hour, 0), end: time(hour + 1, 30))
        }
        #expect(course.sessions(in: week(weekNumber)) == sessions)
        #expect(site.sessions(in: week(weekNumber)) == sessions)
    }

    @Test func closuresAndExceptDatesAreDaysOff() throws {
        let course = try #require(site.course("taiji"))
        #expect(course.isCancelled(on: day(10, 1)))
        #expect(course.isCancelled(on: day(11, 24)))
        #expect(!course.isCancelled(on: day(11, 26)))
        #expect(site.closure(on: day(10, 7))?.dates == DateRange(first: day(10, 1), last: day(10, 7)))
        #expect(site.closure(on: day(10, 8)) == nil)
    }

    /// As of the start of 2026-11-23: ended (even at midnight) is done; later today is open;
    /// registered ≥ needed is full; cancelled stays cancelled, past or future.
    @Test(arguments: [
        ("done-1", ActivityStatus.done),
        ("midnight-1", .done),
        ("today-1", .open),
        ("full-1", .full),
        ("over-1", .full),
        ("open-1", .open),
        ("cancelled-1", .cancelled),
        ("cancelled-2", .cancelled),
    ])
    func activityStatusAsOfToday(id: String, status: ActivityStatus) throws {
        let activity = try #require(site.activity(id))
        #expect(activity.status(asOf: Self.asOf) == status)
    }

    @Test func activityStatusMovesWithTheDay() throws {
        let full = try #require(site.activity("full-1"))
        let open = try #require(site.activity("open-1"))
        #expect(full.status(asOf: day(11, 28)) == .full)
        #expect(full.status(asOf: day(11, 29)) == .done)
        #expect(open.status(asOf: day(11, 30)) == .open)
        #expect(open.status(asOf: day(12, 1)) == .done)
    }

    @Test func anActivitysVenueIsAPoint() throws {
        #expect(site.activity("full-1")?.venue.id == "canteen-west")
        #expect(site.activity("full-1")?.venue.town?.id == "west")
        #expect(
            site.activities(at: "canteen-a").map(\.id) == [
                "cancelled-2", "done-1", "midnight-1", "today-1", "cancelled-1",
            ])
    }
}
