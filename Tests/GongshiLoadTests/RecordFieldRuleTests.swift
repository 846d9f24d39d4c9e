import GongshiLoad
import GongshiModel
import Testing

/// Record-level rules: required fields, unknown and misspelt fields, ids that are not slugs
/// or are used twice. Each fixture under Tests/Fixtures/<name>/ holds one class of mistake.
@Suite struct RecordFieldRuleTests {
    /// A missing required field is an error at the start of its record; an empty one at its place.
    @Test func requiredFieldsAreReportedAtTheRecordStart() {
        #expect(
            Fixtures.check("required-fields").diagnostics.english == [
                .error(
                    "point 'canteen-b' is missing the required field 'kind'",
                    at: at("content/points/points.yaml", 7, 3),
                    hint: "kind: what the point is"),
                .error(
                    "point 'canteen-b' is missing the required field 'region'",
                    at: at("content/points/points.yaml", 7, 3),
                    hint: "region: region id where it stands"),
                .error(
                    "point 'canteen-b' is missing the required field 'address'",
                    at: at("content/points/points.yaml", 7, 3),
                    hint: "address: street address"),
                .error(
                    "point 'canteen-b' is missing the required field 'status'",
                    at: at("content/points/points.yaml", 7, 3),
                    hint: "status: stage from planning to closure"),
                .error(
                    "this point is missing the required field 'id'", at: at("content/points/points.yaml", 9, 3),
                    hint: "id: unique id; the page is /points/<id>/"),
                .error(
                    "'address' is empty in this point", at: at("content/points/points.yaml", 12, 11),
                    hint: "address: street address"),
                .error(
                    "course 'taiji' is missing the required field 'sessions'",
                    at: at("content/courses/courses.yaml", 1, 3),
                    hint: "sessions: weekly slots"),
                .error(
                    "activity 'haircut-1' is missing the required field 'end'",
                    at: at("content/activities/activities.yaml", 1, 3),
                    hint: "end: local end, after start"),
            ])
    }

    /// An unknown field is a warning, with the closest field name or the list of fields, at any depth.
    @Test func unknownFieldsAreWarningsWithTheClosestName() {
        #expect(
            Fixtures.check("unknown-fields").diagnostics.english == [
                .warning(
                    "unknown site setting field 'langauge'", at: at("content/site.yaml", 8, 1),
                    hint: "did you mean 'language'?"),
                .warning(
                    "unknown point field 'oprator'", at: at("content/points/points.yaml", 7, 3),
                    hint: "did you mean 'operator'?"),
                .warning(
                    "unknown meal field 'elder_prise'", at: at("content/points/points.yaml", 8, 21),
                    hint: "did you mean 'elder_price'?"),
                .warning(
                    "unknown point field 'colour'", at: at("content/points/points.yaml", 9, 3),
                    hint: Hint.fields(of: "point", Hint.pointFields)),
                .warning(
                    "unknown session field 'room'", at: at("content/courses/courses.yaml", 5, 59),
                    hint: "it is ignored; fields of a session: weekday, start, end"),
                .warning(
                    "unknown course field 'teachers'", at: at("content/courses/courses.yaml", 6, 3),
                    hint: "did you mean 'teacher'?"),
                .warning(
                    "unknown activity field 'volunteer'", at: at("content/activities/activities.yaml", 6, 3),
                    hint: "did you mean 'volunteers'?"),
            ])
    }

    /// A misspelt required field is one error on the misspelt line, not a warning plus a missing-field error.
    @Test func aMisspeltRequiredFieldIsOneErrorOnItsLine() {
        #expect(
            Fixtures.check("misspelt-required").diagnostics.english == [
                .error(
                    "unknown field 'regoin'; the required field 'region' is missing",
                    at: at("content/points/points.yaml", 4, 3),
                    hint: "did you mean 'region'?"),
                .error(
                    "unknown field 'nmae'; the required field 'name' is missing",
                    at: at("content/points/points.yaml", 9, 3),
                    hint: "did you mean 'name'?"),
                .warning(
                    "unknown point field 'naem'", at: at("content/points/points.yaml", 10, 3),
                    hint: "did you mean 'name'?"),
                .error(
                    "unknown field 'adress'; the required field 'address' is missing",
                    at: at("content/points/points.yaml", 12, 3),
                    hint: "did you mean 'address'?"),
                .error(
                    "unknown field 'titel'; the required field 'title' is missing",
                    at: at("content/courses/courses.yaml", 2, 3),
                    hint: "did you mean 'title'?"),
                .error(
                    "unknown field 'venu'; the required field 'venue' is missing",
                    at: at("content/activities/activities.yaml", 3, 3),
                    hint: "did you mean 'venue'?"),
            ])
    }

    /// Ids become URLs: uppercase, underscores, a leading '-', Chinese, spaces and more than 64 characters are refused.
    @Test func idsMustBeSlugs() {
        #expect(
            Fixtures.check("bad-ids").diagnostics.english == [
                .error(
                    "'Canteen_A' is not a valid id", at: at("content/points/points.yaml", 1, 7),
                    hint: Hint.slug),
                .error(
                    "'-canteen-b' is not a valid id", at: at("content/points/points.yaml", 7, 7),
                    hint: Hint.slug),
                .error(
                    "'丙社区食堂' is not a valid id", at: at("content/points/points.yaml", 13, 7),
                    hint: Hint.slug),
                .error(
                    "'tai ji' is not a valid id", at: at("content/courses/courses.yaml", 1, 7),
                    hint: Hint.slug),
                .error(
                    "'a123456789-123456789-123456789-123456789-123456789-123456789-12345' is not a valid id",
                    at: at("content/activities/activities.yaml", 1, 7),
                    hint: Hint.slug),
            ])
    }

    /// An id used twice, in one file or across two, is an error at the second naming the first;
    /// both places are the id's value, in every format (a YAML flow or block mapping, a JSON
    /// object whose `{` stands lines above its id, a CSV cell in the second column).
    @Test func duplicateIdsNameBothPlaces() {
        #expect(
            Fixtures.check("duplicate-ids").diagnostics.english == [
                .error(
                    "term id 't1' is used twice", at: at("content/site.yaml", 8, 9),
                    hint: "first used at content/site.yaml:6:10; give each term its own id"),
                .error(
                    "region id 'east-a' is used twice", at: at("content/regions.yaml", 16, 16),
                    hint: "first used at content/regions.yaml:9:16; give each region its own id"),
                .error(
                    "point id 'canteen-a' is used twice", at: at("content/points/north.json", 3, 11),
                    hint: "first used at content/points/east.yaml:1:7; give each point its own id"),
                .error(
                    "point id 'canteen-a' is used twice", at: at("content/points/west.yaml", 1, 7),
                    hint: "first used at content/points/east.yaml:1:7; give each point its own id"),
                .error(
                    "course id 'taiji' is used twice", at: at("content/courses/courses.yaml", 6, 7),
                    hint: "first used at content/courses/courses.yaml:1:7; give each course its own id"),
                .error(
                    "activity id 'haircut-1' is used twice", at: at("content/activities/activities.csv", 3, 4),
                    hint: "first used at content/activities/activities.csv:2:4; give each activity its own id"),
            ])
    }

    /// Each broken weekly session is reported once, where it stands, and nothing else is said about the course's sessions.
    @Test
    func eachBrokenSessionIsOneError() {
        #expect(
            Fixtures.check("session-errors").diagnostics.english == [
                .error(
                    "this session is missing the required field 'end'", at: at("content/courses/courses.yaml", 5, 14),
                    hint: "end: end time, after start"),
                .error(
                    "unknown field 'wekday'; the required field 'weekday' is missing",
                    at: at("content/courses/courses.yaml", 10, 15),
                    hint: "did you mean 'weekday'?"),
                .error(
                    "session end 09:00 is not after its start 10:30", at: at("content/courses/courses.yaml", 15, 50)),
                .error(
                    "'tues' is not a day of the week", at: at("content/courses/courses.yaml", 20, 14),
                    hint: "did you mean 'tue'?"),
            ])
    }

    /// `sessions: []` is written but holds no slot: an error at the list.
    @Test func anEmptySessionsListIsAnError() {
        let course = "- id: taiji\n  title: 太极拳\n  venue: canteen-a\n  term: t1\n  sessions: []\n"
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point, "content/courses/c.yaml": course]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "'sessions' lists no weekly slot", at: at("content/courses/c.yaml", 5, 13),
                    hint: Hint.noSessions)
            ])
    }

    /// Regions are records too: a region without a kind, and one nested under a lower level.
    @Test func regionRecordsAreChecked() {
        let regions = """
            - id: city
              name: 市
              kind: city
              children:
                - id: east
                  name: 东镇
                  children:
                    - {id: east-a, name: 甲村, kind: village}
                - id: west-c
                  name: 丙社区
                  kind: community
                  children:
                    - {id: west, name: 西街道, kind: subdistrict}
            """
        let result = checkFiles(MinimalSite.with(["content/regions.yaml": regions]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "region 'east' is missing the required field 'kind'", at: at("content/regions.yaml", 5, 7),
                    hint: "kind: level of the region"),
                .error(
                    "a subdistrict cannot stand inside a community ('west-c')", at: at("content/regions.yaml", 13, 39),
                    hint: "city → county → town/subdistrict → village/community"),
            ])
    }
}
