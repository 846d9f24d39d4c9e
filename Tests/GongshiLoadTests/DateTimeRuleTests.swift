import GongshiLoad
import GongshiModel
import Testing

/// Dates and times: days that do not exist, times past 23:59, ranges that end before they
/// start, and course dates outside their term.
@Suite struct DateTimeRuleTests {
    /// 2026-02-30, 2026-02-29 (not a leap year), month 13, 25:00, 24:00 and 9:60, in every field that holds one.
    @Test func impossibleDatesAndTimesAreErrors() {
        #expect(
            Fixtures.check("impossible-dates").diagnostics.english == [
                .error("'2026-10-32' is not a date in the calendar", at: at("content/site.yaml", 7, 12)),
                .error(
                    "'opened' 2026-02-30 is not a date in the calendar", at: at("content/points/points.yaml", 7, 11)),
                .error(
                    "'updated' 2026-13-01 is not a date in the calendar", at: at("content/points/points.yaml", 8, 12)),
                .error(
                    "'close' 25:00 is not a time of day (00:00 to 23:59)", at: at("content/points/points.yaml", 10, 45)),
                .error(
                    "'open' 9:60 is not a time of day (00:00 to 23:59)", at: at("content/points/points.yaml", 11, 25)),
                .error(
                    "'start' 24:00 is not a time of day (00:00 to 23:59)", at: at("content/courses/courses.yaml", 6, 29)
                ),
                .error(
                    "'end' 25:30 is not a time of day (00:00 to 23:59)", at: at("content/courses/courses.yaml", 6, 43)),
                .error("'from' 2026-02-29 is not a date in the calendar", at: at("content/courses/courses.yaml", 8, 9)),
                .error(
                    "'except' 2026-11-31 is not a date in the calendar", at: at("content/courses/courses.yaml", 9, 12)),
                .error(
                    "'opens' 2026-04-31 is not a date in the calendar", at: at("content/courses/courses.yaml", 10, 25)),
                .error(
                    "'start' 2026-11-31 is not a date in the calendar",
                    at: at("content/activities/activities.yaml", 4, 10)),
                .error(
                    "'end' 25:00 is not a time of day (00:00 to 23:59)",
                    at: at("content/activities/activities.yaml", 5, 8)),
            ])
    }

    /// Activities, sessions, terms, hours and registration must end after they start; until after from; closures forwards.
    @Test func rangesMustEndAfterTheyStart() {
        #expect(
            Fixtures.check("reversed-ranges").diagnostics.english == [
                .error("term 't2' ends (2027-03-01) before it starts (2027-06-30)", at: at("content/site.yaml", 7, 51)),
                .error("the range 2026-10-07..2026-10-01 ends before it starts", at: at("content/site.yaml", 8, 12)),
                .error(
                    "closing time 10:30 is not after opening time 12:30", at: at("content/points/points.yaml", 9, 45)),
                .error(
                    "closing time 11:00 is not after opening time 12:00", at: at("content/points/points.yaml", 10, 7)),
                .error(
                    "closing time 11:00 is not after opening time 11:00", at: at("content/points/points.yaml", 11, 41)),
                .error("session end 09:00 is not after its start 10:30", at: at("content/courses/courses.yaml", 7, 43)),
                .error("session end 09:00 is not after its start 10:30", at: at("content/courses/courses.yaml", 8, 7)),
                .error(
                    "'until' (2026-11-01) is before 'from' (2026-12-01)", at: at("content/courses/courses.yaml", 10, 10)
                ),
                .error(
                    "registration closes (2026-08-01) before it opens (2026-09-01)",
                    at: at("content/courses/courses.yaml", 11, 45)),
                .error(
                    "'end' (2026-11-28 09:00) is not after 'start' (2026-11-28 11:00)",
                    at: at("content/activities/activities.yaml", 5, 8)),
                .error(
                    "'end' (2026-11-29 09:00) is not after 'start' (2026-11-29 09:00)",
                    at: at("content/activities/activities.yaml", 10, 8)),
            ])
    }

    /// A course's from, until and except dates outside its term are warnings: the course is still shown within the term.
    @Test func courseDatesOutsideTheirTermAreWarnings() {
        #expect(
            Fixtures.check("course-outside-term").diagnostics.english == [
                .warning(
                    "'from' 2026-08-31 is outside the term 't1' (2026-09-07..2027-01-15)",
                    at: at("content/courses/courses.yaml", 6, 9),
                    hint: Hint.outsideTerm),
                .warning(
                    "'until' 2027-01-29 is outside the term 't1' (2026-09-07..2027-01-15)",
                    at: at("content/courses/courses.yaml", 7, 10),
                    hint: Hint.outsideTerm),
                .warning(
                    "'except' 2027-02-02 is outside the term 't1' (2026-09-07..2027-01-15)",
                    at: at("content/courses/courses.yaml", 8, 24),
                    hint: Hint.outsideTerm),
            ])
    }

    /// Operating but opened after today, or updated after today: warnings at the date that cannot be true yet; today itself is fine.
    @Test
    func datesAfterTodayAreWarningsAtTheDate() {
        #expect(
            Fixtures.check("dates-after-today").diagnostics.english == [
                .warning(
                    "point 'canteen-a' is operating but opens only on 2026-12-01",
                    at: at("content/points/points.yaml", 7, 11),
                    hint: "use status construction until it opens, or correct 'opened'"),
                .warning(
                    "point 'canteen-b' was 'updated' on 2026-11-24, after today (2026-11-23)",
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
            result.diagnostics.english == [
                .error(
                    "'start' should be a local date and time like \"2026-11-28 09:00\", not '2026-11-28 09:00:30'",
                    at: at("content/activities/a.yaml", 4, 10),
                    hint: "times are local to the site's offset +08:00; leave the offset out")
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
            result.diagnostics.english == [
                .error(
                    "'end' should be a local date and time like \"2026-11-28 09:00\", not '2026-11-28T11:00Z'",
                    at: at("content/activities/a.yaml", 5, 8),
                    hint: "times are local to the site's offset +08:00; leave the offset out")
            ])
    }
}
