import GongshiLoad
import GongshiModel
import Testing

@Suite struct ReferenceFixtureTests {
    /// Every reference resolves, and a wrong one names the closest id.
    @Test func unknownReferencesAreReportedWithSuggestions() {
        let result = Fixtures.check("references")
        #expect(
            result.diagnostics.english == [
                .error(
                    "unknown region 'eest-a'", at: at("content/points/points.yaml", 4, 11),
                    hint: "did you mean 'east-a'?"),
                .error(
                    "unknown operator 'nobody'", at: at("content/points/points.yaml", 8, 13),
                    hint: "no operator has this id"),
            ])
    }

    /// A points file that cannot be read is its one error: a course held at a point whose id
    /// stands in that file is not reported again, one at an id found nowhere still is.
    @Test func referencesIntoAnUnreadableFileAreNotReportedAgain() {
        #expect(
            Fixtures.check("unreadable-file").diagnostics == [
                .error(
                    "YAML syntax: while scanning a quoted scalar: found unexpected end of stream",
                    at: at("content/points/broken.yaml", 9, 1)),
                .error(
                    "unknown venue 'tc-wets'", at: at("content/courses/courses.yaml", 9, 10),
                    hint: "no point has this id"),
            ])
    }
}
