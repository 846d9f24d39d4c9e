import GongshiLoad
import GongshiModel
import Testing

/// Every kind of reference resolves, and a wrong one is an error where it is written, with
/// the closest id that exists.
@Suite struct ReferenceRuleTests {
    /// site.yaml's region, a point's region, serves and operator, a course's venue and term, an activity's venue.
    @Test func everyReferenceIsChecked() {
        #expect(
            Fixtures.check("all-references").diagnostics.english == [
                .error(
                    "unknown region 'citty'", at: at("content/site.yaml", 3, 9),
                    hint: "did you mean 'city'?"),
                .error(
                    "unknown region 'eest-a'", at: at("content/points/points.yaml", 4, 11),
                    hint: "did you mean 'east-a'?"),
                .error(
                    "unknown operator 'op-eats'", at: at("content/points/points.yaml", 8, 13),
                    hint: "did you mean 'op-east'?"),
                .error(
                    "unknown region 'east-bb'", at: at("content/points/points.yaml", 9, 20),
                    hint: "did you mean 'east-b'?"),
                .error(
                    "unknown region 'wset-c'", at: at("content/points/points.yaml", 9, 29),
                    hint: "did you mean 'west-c'?"),
                .error(
                    "unknown venue 'canteen-bb'", at: at("content/courses/courses.yaml", 3, 10),
                    hint: "did you mean 'canteen-b'?"),
                .error(
                    "unknown term 't2'", at: at("content/courses/courses.yaml", 4, 9),
                    hint: "did you mean 't1'?"),
                .error(
                    "unknown venue 'cantene-b'", at: at("content/activities/activities.yaml", 3, 10),
                    hint: "did you mean 'canteen-b'?"),
            ])
    }

    /// A reference with nothing close gets a plain hint instead of a wrong guess.
    @Test func aReferenceWithNothingCloseSaysSo() {
        let point =
            "- {id: canteen-a, kind: canteen, name: 甲, region: zhuji-fengqiao, address: 甲村1号, status: planned}\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "unknown region 'zhuji-fengqiao'", at: at("content/points/p.yaml", 1, 51),
                    hint: "no region has this id")
            ])
    }

    /// References written in a CSV cell, a `;` list included, point at their cell.
    @Test func referencesInCSVPointAtTheirCell() {
        let csv =
            "id,kind,name,region,address,status,serves,operator\nmp-a,meal-point,甲点,east-a,甲村1号,planned,east-a;eastb,op-x\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.csv": csv]))
        #expect(
            result.diagnostics.english == [
                .error("unknown region 'eastb'", at: at("content/points/p.csv", 2, 40), hint: "did you mean 'east'?"),
                .error(
                    "unknown operator 'op-x'", at: at("content/points/p.csv", 2, 53), hint: "no operator has this id"),
            ])
    }

    /// A venue must be a point, not a region or an operator with the same id.
    @Test func aVenueMustBeAPoint() {
        let course = "- {id: taiji, title: 太极拳, venue: east-a, term: t1, sessions: [\"tue 09:00-10:30\"]}\n"
        let result = checkFiles(MinimalSite.with(["content/courses/c.yaml": course]))
        #expect(
            result.diagnostics.english == [
                .error("unknown venue 'east-a'", at: at("content/courses/c.yaml", 1, 34), hint: "no point has this id")
            ])
    }
}
