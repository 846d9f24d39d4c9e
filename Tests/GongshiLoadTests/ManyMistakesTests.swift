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
            Fixtures.check("many-mistakes").diagnostics.english == [
                .error(
                    "unknown kind 'canten'", at: at("content/points/east.yaml", 2, 9),
                    hint: Hint.vocabulary(PointKind.self, didYouMean: "canteen")),
                .error(
                    "an operating point needs 'opened', the date it started serving",
                    at: at("content/points/east.yaml", 6, 11),
                    hint: Hint.needsOpened),
                .error(
                    "'0575-123' is not a phone number", at: at("content/points/east.yaml", 7, 10),
                    hint: Hint.phone),
                .error(
                    "latitude 120.2 is out of range (-90 to 90)", at: at("content/points/east.yaml", 8, 19),
                    hint: Hint.swapped),
                .error(
                    "unknown field 'regoin'; the required field 'region' is missing",
                    at: at("content/points/east.yaml", 12, 3),
                    hint: "did you mean 'region'?"),
                .error(
                    "unknown region 'eest-b'", at: at("content/points/east.yaml", 15, 20),
                    hint: "did you mean 'east-b'?"),
                .warning(
                    "'enrolled' (35) is more than 'capacity' (30)", at: at("content/courses/autumn.csv", 2, 43),
                    hint: "check both numbers; the page would show no seats left"),
                .error(
                    "unknown venue 'canteen-c'", at: at("content/courses/autumn.csv", 3, 10),
                    hint: "did you mean 'canteen-a'?"),
                .error("'fee' must not be negative (-50)", at: at("content/courses/autumn.csv", 3, 41)),
                .error(
                    "'end' (2026-11-28 08:00) is not after 'start' (2026-11-28 09:00)",
                    at: at("content/activities/november.json", 3, 40)),
                .error(
                    "status 'open' is worked out, not written", at: at("content/activities/november.json", 3, 70),
                    hint: Hint.derivedStatus),
                .warning(
                    "unknown volunteers field 'registred'", at: at("content/activities/november.json", 4, 32),
                    hint: "did you mean 'registered'?"),
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
            result.diagnostics.english == [
                .warning(
                    "unknown site setting field 'langauge'", at: at("content/site.yaml", 8, 1),
                    hint: "did you mean 'language'?"),
                .error(
                    "unknown kind 'comunity'", at: at("content/regions.yaml", 16, 41),
                    hint: Hint.vocabulary(RegionKind.self, didYouMean: "community")),
                .error(
                    "unknown kind 'compnay'", at: at("content/operators.yaml", 1, 31),
                    hint: Hint.vocabulary(OperatorKind.self, didYouMean: "company")),
                .error(
                    "'12' is not a phone number", at: at("content/points/p.yaml", 1, 98),
                    hint: Hint.phone),
                .error("'fee' must not be negative (-1)", at: at("content/courses/c.yaml", 1, 91)),
                .error(
                    "status 'open' is worked out, not written", at: at("content/activities/a.yaml", 1, 97),
                    hint: Hint.derivedStatus),
                .error("'weight' should be a whole number, not 'x'", at: at("content/pages/about.md", 3, 9)),
                .warning(
                    "unknown bulletin note field 'sumary'", at: at("content/bulletins/2026-W48.md", 2, 1),
                    hint: "did you mean 'summary'?"),
            ])
    }
}
