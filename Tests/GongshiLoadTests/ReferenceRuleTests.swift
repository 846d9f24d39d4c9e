import GongshiLoad
import GongshiModel
import Testing

/// Every kind of reference resolves, and a wrong one is an error where it is written, with
/// the closest id that exists.
@Suite struct ReferenceRuleTests {
    /// site.yaml's region, a point's region, serves and operator, a course's venue and term, an activity's venue.
    @Test func everyReferenceIsChecked() {
        #expect(
            Fixtures.check("all-references").diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "citty", suggestion: "city")),
                    at: at("content/site.yaml", 3, 9)),
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "eest-a", suggestion: "east-a")),
                    at: at("content/points/points.yaml", 4, 11)),
                .error(
                    .record(.unknownReference(noun: .operator, kind: .operator, id: "op-eats", suggestion: "op-east")),
                    at: at("content/points/points.yaml", 8, 13)),
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "east-bb", suggestion: "east-b")),
                    at: at("content/points/points.yaml", 9, 20)),
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "wset-c", suggestion: "west-c")),
                    at: at("content/points/points.yaml", 9, 29)),
                .error(
                    .record(.unknownReference(noun: .venue, kind: .point, id: "canteen-bb", suggestion: "canteen-b")),
                    at: at("content/courses/courses.yaml", 3, 10)),
                .error(
                    .record(.unknownReference(noun: .term, kind: .term, id: "t2", suggestion: "t1")),
                    at: at("content/courses/courses.yaml", 4, 9)),
                .error(
                    .record(.unknownReference(noun: .venue, kind: .point, id: "cantene-b", suggestion: "canteen-b")),
                    at: at("content/activities/activities.yaml", 3, 10)),
            ])
    }

    /// A reference with nothing close gets a plain hint instead of a wrong guess.
    @Test func aReferenceWithNothingCloseSaysSo() {
        let point =
            "- {id: canteen-a, kind: canteen, name: 甲, region: zhuji-fengqiao, address: 甲村1号, status: planned}\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point]))
        #expect(
            result.diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "zhuji-fengqiao", suggestion: nil)),
                    at: at("content/points/p.yaml", 1, 51))
            ])
    }

    /// References written in a CSV cell, a `;` list included, point at their cell.
    @Test func referencesInCSVPointAtTheirCell() {
        let csv =
            "id,kind,name,region,address,status,serves,operator\nmp-a,meal-point,甲点,east-a,甲村1号,planned,east-a;eastb,op-x\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.csv": csv]))
        #expect(
            result.diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "eastb", suggestion: "east")),
                    at: at("content/points/p.csv", 2, 40)),
                .error(
                    .record(.unknownReference(noun: .operator, kind: .operator, id: "op-x", suggestion: nil)),
                    at: at("content/points/p.csv", 2, 53)),
            ])
    }

    /// A venue must be a point, not a region or an operator with the same id.
    @Test func aVenueMustBeAPoint() {
        let course = "- {id: taiji, title: 太极拳, venue: east-a, term: t1, sessions: [\"tue 09:00-10:30\"]}\n"
        let result = checkFiles(MinimalSite.with(["content/courses/c.yaml": course]))
        #expect(
            result.diagnostics == [
                .error(
                    .record(.unknownReference(noun: .venue, kind: .point, id: "east-a", suggestion: nil)),
                    at: at("content/courses/c.yaml", 1, 34))
            ])
    }
}
