import GongshiLoad
import GongshiModel
import Testing

/// One run finds every mistake: twelve mistakes of different kinds in a YAML, a CSV and a
/// JSON file, reported together in file order (points/, courses/, activities/), then by line
/// and column.
@Suite struct ManyMistakesTests {
    /// points/east.yaml: 6 mistakes; courses/autumn.csv: 3; activities/november.json: 3.
    @Test func everyMistakeIsFoundInOneRun() {
        #expect(
            Fixtures.check("many-mistakes").diagnostics == [
                .error(
                    .value(.unknownWord(field: "kind", value: "canten", suggestion: "canteen", words: PointKind.words)),
                    at: at("content/points/east.yaml", 2, 9)),
                .error(.record(.operatingWithoutOpened), at: at("content/points/east.yaml", 6, 11)),
                .error(
                    .value(.notAPhoneNumber(field: "phone", value: "0575-123")),
                    at: at("content/points/east.yaml", 7, 10)),
                .error(
                    .value(.latitudeOutOfRange(field: "lat", value: "120.2")), at: at("content/points/east.yaml", 8, 19)
                ),
                .error(
                    .record(.misspeltRequired(field: "regoin", required: "region")),
                    at: at("content/points/east.yaml", 12, 3)),
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "eest-b", suggestion: "east-b")),
                    at: at("content/points/east.yaml", 15, 20)),
                .warning(
                    .record(.enrolledAboveCapacity(enrolled: 35, capacity: 30)),
                    at: at("content/courses/autumn.csv", 2, 43)),
                .error(
                    .record(.unknownReference(noun: .venue, kind: .point, id: "canteen-c", suggestion: "canteen-a")),
                    at: at("content/courses/autumn.csv", 3, 10)),
                .error(.value(.negative(field: "fee", value: "-50")), at: at("content/courses/autumn.csv", 3, 41)),
                .error(
                    .value(
                        .reversedRange(
                            startField: "start", start: "2026-11-28 09:00", endField: "end", end: "2026-11-28 08:00",
                            strict: true)), at: at("content/activities/november.json", 3, 40)),
                .error(
                    .value(.derivedStatus(field: "status", value: "open")),
                    at: at("content/activities/november.json", 3, 70)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .volunteers, field: "registred", suggestion: "registered", nested: [],
                            fields: ["needed", "registered"])), at: at("content/activities/november.json", 4, 32)),
            ])
    }

    /// One mistake in each kind of file, listed in SPEC §1's order (not alphabetical):
    /// site.yaml, regions.yaml, operators.yaml, points/, courses/, activities/, pages/, bulletins/.
    @Test func diagnosticsFollowTheFileOrderOfTheSpec() {
        let files = [
            "content/site.yaml": MinimalSite.settings + "\nlangauge: en\n",
            "content/regions.yaml": MinimalSite.regions + "\n        - {id: west-d, name: 丁社区, kind: comunity}\n",
            "content/operators.yaml": "- {id: op-a, name: 甲公司, kind: compnay}\n",
            "content/points/p.yaml":
                "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned, phone: \"12\"}\n",
            "content/courses/c.yaml":
                "- {id: taiji, title: 太极拳, venue: canteen-a, term: t1, sessions: [\"tue 09:00-10:30\"], fee: -1}\n",
            "content/activities/a.yaml":
                "- {id: v1, title: 探访, venue: canteen-a, start: 2026-11-28 09:00, end: 2026-11-28 11:00, status: open}\n",
            "content/pages/about.md": "---\ntitle: 关于\nweight: x\n---\n",
            "content/bulletins/2026-W48.md": "---\nsumary: 本周\n---\n",
        ]
        let result = checkFiles(files)
        #expect(
            result.diagnostics.map(\.location.path) == [
                "content/site.yaml", "content/regions.yaml", "content/operators.yaml", "content/points/p.yaml",
                "content/courses/c.yaml", "content/activities/a.yaml", "content/pages/about.md",
                "content/bulletins/2026-W48.md",
            ])
        #expect(
            result.diagnostics == [
                .warning(
                    .record(
                        .unknownField(
                            noun: .siteSetting, field: "langauge", suggestion: "language", nested: [],
                            fields: Fields.siteSetting)), at: at("content/site.yaml", 8, 1)),
                .error(
                    .value(
                        .unknownWord(field: "kind", value: "comunity", suggestion: "community", words: RegionKind.words)
                    ), at: at("content/regions.yaml", 16, 41)),
                .error(
                    .value(
                        .unknownWord(field: "kind", value: "compnay", suggestion: "company", words: OperatorKind.words)),
                    at: at("content/operators.yaml", 1, 31)),
                .error(.value(.notAPhoneNumber(field: "phone", value: "12")), at: at("content/points/p.yaml", 1, 98)),
                .error(.value(.negative(field: "fee", value: "-1")), at: at("content/courses/c.yaml", 1, 91)),
                .error(
                    .value(.derivedStatus(field: "status", value: "open")), at: at("content/activities/a.yaml", 1, 97)),
                .error(.value(.notAWholeNumber(field: "weight", value: "x")), at: at("content/pages/about.md", 3, 9)),
                .warning(
                    .record(
                        .unknownField(
                            noun: .bulletinNote, field: "sumary", suggestion: "summary", nested: [],
                            fields: ["title", "summary", "draft"])), at: at("content/bulletins/2026-W48.md", 2, 1)),
            ])
    }
}
