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
}
