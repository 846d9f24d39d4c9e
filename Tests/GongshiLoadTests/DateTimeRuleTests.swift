import GongshiLoad
import GongshiModel
import Testing

/// Dates and times: days that do not exist, times past 23:59, ranges that end before they
/// start, and course dates outside their term.
@Suite struct DateTimeRuleTests {
    /// 2026-02-30, 2026-02-29 (not a leap year), month 13, 25:00, 24:00 and 9:60, in every field that holds one.
    @Test func impossibleDatesAndTimesAreErrors() {
        #expect(
            Fixtures.check("impossible-dates").diagnostics == [
                .error(.value(.noSuchDate(field: "closures", value: "2026-10-32")), at: at("content/site.yaml", 7, 12)),
                .error(
                    .value(.noSuchDate(field: "opened", value: "2026-02-30")),
                    at: at("content/points/points.yaml", 7, 11)),
                .error(
                    .value(.noSuchDate(field: "updated", value: "2026-13-01")),
                    at: at("content/points/points.yaml", 8, 12)),
                .error(
                    .value(.noSuchTime(field: "close", value: "25:00")), at: at("content/points/points.yaml", 10, 45)),
                .error(.value(.noSuchTime(field: "open", value: "9:60")), at: at("content/points/points.yaml", 11, 25)),
                .error(
                    .value(.noSuchTime(field: "start", value: "24:00")), at: at("content/courses/courses.yaml", 6, 29)),
                .error(
                    .value(.noSuchTime(field: "end", value: "25:30")), at: at("content/courses/courses.yaml", 6, 43)),
                .error(
                    .value(.noSuchDate(field: "from", value: "2026-02-29")),
                    at: at("content/courses/courses.yaml", 8, 9)),
                .error(
                    .value(.noSuchDate(field: "except", value: "2026-11-31")),
                    at: at("content/courses/courses.yaml", 9, 12)),
                .error(
                    .value(.noSuchDate(field: "opens", value: "2026-04-31")),
                    at: at("content/courses/courses.yaml", 10, 25)),
                .error(
                    .value(.noSuchDate(field: "start", value: "2026-11-31")),
                    at: at("content/activities/activities.yaml", 4, 10)),
                .error(
                    .value(.noSuchTime(field: "end", value: "25:00")),
                    at: at("content/activities/activities.yaml", 5, 8)),
            ])
    }

    /// Activities, sessions, terms, hours and registration must end after they start; until after from; closures forwards.
    @Test func rangesMustEndAfterTheyStart() {
        #expect(
            Fixtures.check("reversed-ranges").diagnostics == [
                .error(
                    .value(
                        .reversedRange(
                            startField: "from", start: "2027-06-30", endField: "until", end: "2027-03-01", strict: false
                        )), at: at("content/site.yaml", 7, 51)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "closures", start: "2026-10-07", endField: "closures", end: "2026-10-01",
                            strict: false)), at: at("content/site.yaml", 8, 12)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "open", start: "12:30", endField: "close", end: "10:30", strict: true)),
                    at: at("content/points/points.yaml", 9, 45)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "open", start: "12:00", endField: "close", end: "11:00", strict: true)),
                    at: at("content/points/points.yaml", 10, 7)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "open", start: "11:00", endField: "close", end: "11:00", strict: true)),
                    at: at("content/points/points.yaml", 11, 41)),
                .error(
                    .value(
                        .reversedRange(startField: "start", start: "10:30", endField: "end", end: "09:00", strict: true)
                    ), at: at("content/courses/courses.yaml", 7, 43)),
                .error(
                    .value(
                        .reversedRange(startField: "start", start: "10:30", endField: "end", end: "09:00", strict: true)
                    ), at: at("content/courses/courses.yaml", 8, 7)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "from", start: "2026-12-01", endField: "until", end: "2026-11-01", strict: false
                        )), at: at("content/courses/courses.yaml", 10, 10)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "opens", start: "2026-09-01", endField: "closes", end: "2026-08-01",
                            strict: false)), at: at("content/courses/courses.yaml", 11, 45)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "start", start: "2026-11-28 11:00", endField: "end", end: "2026-11-28 09:00",
                            strict: true)), at: at("content/activities/activities.yaml", 5, 8)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "start", start: "2026-11-29 09:00", endField: "end", end: "2026-11-29 09:00",
                            strict: true)), at: at("content/activities/activities.yaml", 10, 8)),
            ])
    }

    /// A course's from, until and except dates outside its term are warnings: the course is still shown within the term.
    @Test func courseDatesOutsideTheirTermAreWarnings() {
        #expect(
            Fixtures.check("course-outside-term").diagnostics == [
                .warning(
                    .record(
                        .outsideTerm(field: "from", date: "2026-08-31", term: "t1", dates: "2026-09-07..2027-01-15")),
                    at: at("content/courses/courses.yaml", 6, 9)),
                .warning(
                    .record(
                        .outsideTerm(field: "until", date: "2027-01-29", term: "t1", dates: "2026-09-07..2027-01-15")),
                    at: at("content/courses/courses.yaml", 7, 10)),
                .warning(
                    .record(
                        .outsideTerm(field: "except", date: "2027-02-02", term: "t1", dates: "2026-09-07..2027-01-15")),
                    at: at("content/courses/courses.yaml", 8, 24)),
            ])
    }

    /// Operating but opened after today, or updated after today: warnings at the date that cannot be true yet; today itself is fine.
    @Test
    func datesAfterTodayAreWarningsAtTheDate() {
        #expect(
            Fixtures.check("dates-after-today").diagnostics == [
                .warning(
                    .record(.opensAfterToday(id: "canteen-a", opened: "2026-12-01")),
                    at: at("content/points/points.yaml", 7, 11)),
                .warning(
                    .record(
                        .updatedAfterToday(noun: .point, id: "canteen-b", updated: "2026-11-24", today: "2026-11-23")),
                    at: at("content/points/points.yaml", 14, 12)),
            ])
    }

    /// Seconds that are not :00 are refused with the general wording, not by calling the
    /// hour and minute "not a time of day".
    @Test
    func secondsInADateTimeAreReportedAsTheWholeValue() {
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let activity =
            "- id: visit-1\n  title: 探访\n  venue: canteen-a\n  start: 2026-11-28 09:00:30\n  end: 2026-11-28 11:00\n"
        let result = checkFiles(
            MinimalSite.with(["content/points/p.yaml": point, "content/activities/a.yaml": activity]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(.notADateTime(field: "start", value: "2026-11-28 09:00:30", offset: "+08:00")),
                    at: at("content/activities/a.yaml", 4, 10))
            ])
    }

    /// An offset other than the site's is refused; the site's own is accepted.
    @Test func anExplicitOffsetMustBeTheSites() {
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let activity =
            "- id: visit-1\n  title: 探访\n  venue: canteen-a\n  start: 2026-11-28T09:00+08:00\n  end: 2026-11-28T11:00Z\n"
        let result = checkFiles(
            MinimalSite.with(["content/points/p.yaml": point, "content/activities/a.yaml": activity]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(.notADateTime(field: "end", value: "2026-11-28T11:00Z", offset: "+08:00")),
                    at: at("content/activities/a.yaml", 5, 8))
            ])
    }
}
