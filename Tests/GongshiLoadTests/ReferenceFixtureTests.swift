import GongshiLoad
import GongshiModel
import Testing

@Suite struct ReferenceFixtureTests {
    /// Every reference resolves, and a wrong one names the closest id.
    @Test func unknownReferencesAreReportedWithSuggestions() {
        let result = Fixtures.check("references")
        #expect(
            result.diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "eest-a", suggestion: "east-a")),
                    at: at("content/points/points.yaml", 4, 11)),
                .error(
                    .record(.unknownReference(noun: .operator, kind: .operator, id: "nobody", suggestion: nil)),
                    at: at("content/points/points.yaml", 8, 13)),
            ])
    }

    /// A points file that cannot be read is its one error: a course held at a point whose id
    /// stands in that file is not reported again, one at an id found nowhere still is.
    @Test func referencesIntoAnUnreadableFileAreNotReportedAgain() {
        #expect(
            Fixtures.check("unreadable-file").diagnostics == [
                .error(
                    .file(
                        .yamlSyntax(
                            detail: "while scanning a quoted scalar: found unexpected end of stream", cause: nil)),
                    at: at("content/points/broken.yaml", 9, 1)),
                .error(
                    .record(.unknownReference(noun: .venue, kind: .point, id: "tc-wets", suggestion: nil)),
                    at: at("content/courses/courses.yaml", 9, 10)),
            ])
    }
}
