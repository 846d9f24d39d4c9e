import GongshiLoad
import GongshiModel
import Testing

/// Record-level rules: required fields, unknown and misspelt fields, ids that are not slugs
/// or are used twice. Each fixture under Tests/Fixtures/<name>/ holds one class of mistake.
@Suite struct RecordFieldRuleTests {
    /// A missing required field is an error at the start of its record; an empty one at its place.
    @Test func requiredFieldsAreReportedAtTheRecordStart() {
        #expect(
            Fixtures.check("required-fields").diagnostics == [
                .error(
                    .record(.missingRequired(noun: .point, id: "canteen-b", field: "kind")),
                    at: at("content/points/points.yaml", 7, 3)),
                .error(
                    .record(.missingRequired(noun: .point, id: "canteen-b", field: "region")),
                    at: at("content/points/points.yaml", 7, 3)),
                .error(
                    .record(.missingRequired(noun: .point, id: "canteen-b", field: "address")),
                    at: at("content/points/points.yaml", 7, 3)),
                .error(
                    .record(.missingRequired(noun: .point, id: "canteen-b", field: "status")),
                    at: at("content/points/points.yaml", 7, 3)),
                .error(
                    .record(.missingRequired(noun: .point, id: nil, field: "id")),
                    at: at("content/points/points.yaml", 9, 3)),
                .error(
                    .record(.emptyRequired(noun: .point, id: nil, field: "address")),
                    at: at("content/points/points.yaml", 12, 11)),
                .error(
                    .record(.missingRequired(noun: .course, id: "taiji", field: "sessions")),
                    at: at("content/courses/courses.yaml", 1, 3)),
                .error(
                    .record(.missingRequired(noun: .activity, id: "haircut-1", field: "end")),
                    at: at("content/activities/activities.yaml", 1, 3)),
            ])
    }

    /// An unknown field is a warning, with the closest field name or the list of fields, at any depth.
    @Test func unknownFieldsAreWarningsWithTheClosestName() {
        #expect(
            Fixtures.check("unknown-fields").diagnostics == [
                .warning(
                    .record(
                        .unknownField(
                            noun: .siteSetting, field: "langauge", suggestion: "language", nested: [],
                            fields: Fields.siteSetting)), at: at("content/site.yaml", 8, 1)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .point, field: "oprator", suggestion: "operator", nested: [],
                            fields: Fields.point)), at: at("content/points/points.yaml", 7, 3)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .meal, field: "elder_prise", suggestion: "elder_price", nested: [],
                            fields: ["price", "elder_price", "delivery", "seats"])),
                    at: at("content/points/points.yaml", 8, 21)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .point, field: "colour", suggestion: nil, nested: [],
                            fields: Fields.point)), at: at("content/points/points.yaml", 9, 3)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .session, field: "room", suggestion: nil, nested: [],
                            fields: ["weekday", "start", "end"])), at: at("content/courses/courses.yaml", 5, 59)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .course, field: "teachers", suggestion: "teacher", nested: [],
                            fields: Fields.course)), at: at("content/courses/courses.yaml", 6, 3)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .activity, field: "volunteer", suggestion: "volunteers", nested: [],
                            fields: Fields.activity)), at: at("content/activities/activities.yaml", 6, 3)),
            ])
    }

    /// A misspelt required field is one error on the misspelt line, not a warning plus a missing-field error.
    @Test func aMisspeltRequiredFieldIsOneErrorOnItsLine() {
        #expect(
            Fixtures.check("misspelt-required").diagnostics == [
                .error(
                    .record(.misspeltRequired(field: "regoin", required: "region")),
                    at: at("content/points/points.yaml", 4, 3)),
                .error(
                    .record(.misspeltRequired(field: "nmae", required: "name")),
                    at: at("content/points/points.yaml", 9, 3)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .point, field: "naem", suggestion: "name", nested: [],
                            fields: Fields.point)), at: at("content/points/points.yaml", 10, 3)),
                .error(
                    .record(.misspeltRequired(field: "adress", required: "address")),
                    at: at("content/points/points.yaml", 12, 3)),
                .error(
                    .record(.misspeltRequired(field: "titel", required: "title")),
                    at: at("content/courses/courses.yaml", 2, 3)),
                .error(
                    .record(.misspeltRequired(field: "venu", required: "venue")),
                    at: at("content/activities/activities.yaml", 3, 3)),
            ])
    }

    /// Ids become URLs: uppercase, underscores, a leading '-', Chinese, spaces and more than 64 characters are refused.
    @Test func idsMustBeSlugs() {
        #expect(
            Fixtures.check("bad-ids").diagnostics == [
                .error(.value(.notAnId(field: "id", value: "Canteen_A")), at: at("content/points/points.yaml", 1, 7)),
                .error(.value(.notAnId(field: "id", value: "-canteen-b")), at: at("content/points/points.yaml", 7, 7)),
                .error(.value(.notAnId(field: "id", value: "丙社区食堂")), at: at("content/points/points.yaml", 13, 7)),
                .error(.value(.notAnId(field: "id", value: "tai ji")), at: at("content/courses/courses.yaml", 1, 7)),
                .error(
                    .value(
                        .notAnId(
                            field: "id", value: "a123456789-123456789-123456789-123456789-123456789-123456789-12345")),
                    at: at("content/activities/activities.yaml", 1, 7)),
            ])
    }

    /// An id used twice, in one file or across two, is an error at the second naming the first;
    /// both places are the id's value, in every format (a YAML flow or block mapping, a JSON
    /// object whose `{` stands lines above its id, a CSV cell in the second column).
    @Test func duplicateIdsNameBothPlaces() {
        #expect(
            Fixtures.check("duplicate-ids").diagnostics == [
                .error(
                    .record(.duplicateId(noun: .term, id: "t1", first: at("content/site.yaml", 6, 10))),
                    at: at("content/site.yaml", 8, 9)),
                .error(
                    .record(.duplicateId(noun: .region, id: "east-a", first: at("content/regions.yaml", 9, 16))),
                    at: at("content/regions.yaml", 16, 16)),
                .error(
                    .record(.duplicateId(noun: .point, id: "canteen-a", first: at("content/points/east.yaml", 1, 7))),
                    at: at("content/points/north.json", 3, 11)),
                .error(
                    .record(.duplicateId(noun: .point, id: "canteen-a", first: at("content/points/east.yaml", 1, 7))),
                    at: at("content/points/west.yaml", 1, 7)),
                .error(
                    .record(.duplicateId(noun: .course, id: "taiji", first: at("content/courses/courses.yaml", 1, 7))),
                    at: at("content/courses/courses.yaml", 6, 7)),
                .error(
                    .record(
                        .duplicateId(
                            noun: .activity, id: "haircut-1", first: at("content/activities/activities.csv", 2, 4))),
                    at: at("content/activities/activities.csv", 3, 4)),
            ])
    }

    /// Each broken weekly session is reported once, where it stands, and nothing else is said about the course's sessions.
    @Test
    func eachBrokenSessionIsOneError() {
        #expect(
            Fixtures.check("session-errors").diagnostics == [
                .error(
                    .record(.missingRequired(noun: .session, id: nil, field: "end")),
                    at: at("content/courses/courses.yaml", 5, 14)),
                .error(
                    .record(.misspeltRequired(field: "wekday", required: "weekday")),
                    at: at("content/courses/courses.yaml", 10, 15)),
                .error(
                    .value(
                        .reversedRange(startField: "start", start: "10:30", endField: "end", end: "09:00", strict: true)
                    ), at: at("content/courses/courses.yaml", 15, 50)),
                .error(
                    .value(.notAWeekday(field: "sessions", value: "tues", suggestion: "tue")),
                    at: at("content/courses/courses.yaml", 20, 14)),
            ])
    }

    /// `sessions: []` is written but holds no slot: an error at the list.
    @Test func anEmptySessionsListIsAnError() {
        let course = "- id: taiji\n  title: 太极拳\n  venue: canteen-a\n  term: t1\n  sessions: []\n"
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point, "content/courses/c.yaml": course]))
        #expect(
            result.diagnostics == [
                .error(.record(.noSessions), at: at("content/courses/c.yaml", 5, 13))
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
            result.diagnostics == [
                .error(
                    .record(.missingRequired(noun: .region, id: "east", field: "kind")),
                    at: at("content/regions.yaml", 5, 7)),
                .error(
                    .record(.regionInside(kind: "subdistrict", parentKind: "community", parent: "west-c")),
                    at: at("content/regions.yaml", 13, 39)),
            ])
    }
}
